package org.vigil.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A minimal MLLP client for tests: frames bytes itself, so tests can also send broken frames. */
public final class MllpTestClient implements AutoCloseable {

  private static final int START = 0x0B;
  private static final int END = 0x1C;
  private static final int CR = 0x0D;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public MllpTestClient(String host, int port, int timeoutMillis) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** Sends one framed message and returns the acknowledgement text. */
  public String send(String message) throws IOException {
    return send(message.getBytes(StandardCharsets.UTF_8));
  }

  public String send(byte[] payload) throws IOException {
    out.write(START);
    out.write(payload);
    out.write(END);
    out.write(CR);
    out.flush();
    return readFrame();
  }

  private String readFrame() throws IOException {
    int b = in.read();
    while (b != START) {
      if (b == -1) {
        throw new IOException("connection closed before an acknowledgement");
      }
      b = in.read();
    }
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    while ((b = in.read()) != END) {
      if (b == -1) {
        throw new IOException("connection closed inside an acknowledgement");
      }
      frame.write(b);
    }
    in.read(); // trailing CR
    return frame.toString(StandardCharsets.UTF_8);
  }

  /** MSA-1 of an acknowledgement (AA, AE, AR, CA, CE, CR), or null when absent. */
  public static String ackCode(String ack) {
    for (String segment : ack.split("[\r\n]+")) {
      if (segment.startsWith("MSA")) {
        String[] fields = segment.split("\\|", -1);
        return fields.length > 1 ? fields[1] : null;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
