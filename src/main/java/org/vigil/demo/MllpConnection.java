package org.vigil.demo;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** One MLLP client connection: frames 0x0B message 0x1C 0x0D and waits for the ACK. */
final class MllpConnection implements AutoCloseable {

  private static final int START = 0x0B;
  private static final int END = 0x1C;
  private static final int CR = 0x0D;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private MllpConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Connects, retrying every half second until the deadline (the server may still be starting). */
  static MllpConnection open(String host, int port, Instant deadline, Duration ackTimeout)
      throws IOException, InterruptedException {
    while (true) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout((int) ackTimeout.toMillis());
        socket.setTcpNoDelay(true);
        return new MllpConnection(socket);
      } catch (IOException e) {
        socket.close();
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("no MLLP listener at " + host + ":" + port + " (" + e.getMessage()
              + ")", e);
        }
        Thread.sleep(500);
      }
    }
  }

  /** Sends one message and returns the acknowledgement text (throws on timeout or close). */
  String send(String message) throws IOException {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[body.length + 3];
    frame[0] = START;
    System.arraycopy(body, 0, frame, 1, body.length);
    frame[body.length + 1] = END;
    frame[body.length + 2] = CR;
    out.write(frame); // one write: a split frame meets Nagle and delayed ACKs
    out.flush();
    return readFrame();
  }

  private String readFrame() throws IOException {
    int b;
    while ((b = in.read()) != START) {
      if (b < 0) {
        throw new EOFException("connection closed before the ACK");
      }
    }
    ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
    while ((b = in.read()) != END) {
      if (b < 0) {
        throw new EOFException("connection closed inside the ACK");
      }
      frame.write(b);
    }
    in.read(); // the trailing carriage return
    return frame.toString(StandardCharsets.UTF_8);
  }

  /** MSA-1 of an acknowledgement (AA, AE, AR, CA, CE, CR), or "??" when there is none. */
  static String ackCode(String ack) {
    for (String segment : ack.split("[\r\n]+")) {
      if (segment.startsWith("MSA|")) {
        String[] fields = segment.split("\\|", -1);
        return fields.length > 1 && !fields[1].isEmpty() ? fields[1] : "??";
      }
    }
    return "??";
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a broken socket: nothing more to do
    }
  }
}
