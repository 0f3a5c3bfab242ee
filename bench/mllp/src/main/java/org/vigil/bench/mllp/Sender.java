package org.vigil.bench.mllp;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/**
 * One connection's sender: copies a pre-built frame into its own buffer, stamps the unique
 * ids, writes it in one call and reads the ACK into a reused buffer. No per-message strings.
 */
final class Sender implements AutoCloseable {

  private static final byte[] MSA = {'\r', 'M', 'S', 'A', '|'};
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] frame;
  private byte[] ack = new byte[1024];
  private final String tag;
  private final int connection;
  private long sequence;

  Sender(String host, int port, String runTag, int connection, int maxFrame, long deadlineMillis)
      throws IOException, InterruptedException {
    this.socket = connect(host, port, deadlineMillis);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    this.frame = new byte[maxFrame];
    this.tag = runTag;
    this.connection = connection;
  }

  private static Socket connect(String host, int port, long deadlineMillis)
      throws IOException, InterruptedException {
    while (true) {
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(host, port), 5_000);
        s.setTcpNoDelay(true);
        s.setSoTimeout(30_000);
        return s;
      } catch (IOException e) {
        s.close();
        if (System.currentTimeMillis() > deadlineMillis) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  /** Sends the next message built from the template; returns MSA-1 ("AA", "AE", ...). */
  String send(OruTemplates.Template template) throws IOException {
    int length = template.frame().length;
    System.arraycopy(template.frame(), 0, frame, 0, length);
    sequence++;
    stampControlId(template.controlIdAt());
    for (int at : template.accessionAt()) {
      stampAccession(at);
    }
    out.write(frame, 0, length);
    out.flush();
    return readAckCode();
  }

  /** "B" + run tag (4) + connection (2) + sequence (7) = 14 characters. */
  private void stampControlId(int at) {
    frame[at] = 'B';
    stamp(tag, at + 1);
    digits(connection, at + 5, 2);
    digits(sequence, at + 7, 7);
  }

  /** Run tag (4) + connection (2) + sequence (6) = 12 characters. */
  private void stampAccession(int at) {
    stamp(tag, at);
    digits(connection, at + 4, 2);
    digits(sequence, at + 6, 6);
  }

  private void stamp(String text, int at) {
    for (int i = 0; i < text.length(); i++) {
      frame[at + i] = (byte) text.charAt(i);
    }
  }

  private void digits(long value, int at, int width) {
    long v = value;
    for (int i = width - 1; i >= 0; i--) {
      frame[at + i] = (byte) ('0' + v % 10);
      v /= 10;
    }
  }

  private String readAckCode() throws IOException {
    int b;
    while ((b = in.read()) != 0x0B) {
      if (b < 0) {
        throw new EOFException("connection closed before the ACK");
      }
    }
    int n = 0;
    while ((b = in.read()) != 0x1C) {
      if (b < 0) {
        throw new EOFException("connection closed inside the ACK");
      }
      if (n == ack.length) {
        ack = java.util.Arrays.copyOf(ack, n * 2);
      }
      ack[n++] = (byte) b;
    }
    in.read();
    return msaCode(n);
  }

  private String msaCode(int n) {
    outer:
    for (int i = 0; i + MSA.length + 2 <= n; i++) {
      for (int j = 0; j < MSA.length; j++) {
        if (ack[i + j] != MSA[j] && !(j == 0 && ack[i] == '\n')) {
          continue outer;
        }
      }
      return new String(ack, i + MSA.length, 2, java.nio.charset.StandardCharsets.US_ASCII);
    }
    return "??";
  }

  static int maxFrame(List<OruTemplates.Template> templates) {
    return templates.stream().mapToInt(t -> t.frame().length).max().orElse(0);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
