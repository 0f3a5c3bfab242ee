package org.vigil.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A test sender that frames bytes itself (0x0B ... 0x1C 0x0D) over a real socket, so tests can
 * also send broken frames. I/O failures surface as {@link UncheckedIOException}.
 */
public final class MllpTestClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public MllpTestClient(int port) {
    this("localhost", port, 30_000);
  }

  public MllpTestClient(String host, int port, int timeoutMillis) {
    try {
      socket = new Socket();
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Frames and sends a message (segments separated by CR), returns the ACK text. */
  public String send(String message) {
    return send(message, StandardCharsets.UTF_8);
  }

  public String send(String message, Charset charset) {
    return sendFramed(message.getBytes(charset));
  }

  public String sendFramed(byte[] content) {
    write(frame(content));
    return readAck();
  }

  public static byte[] frame(byte[] content) {
    byte[] framed = new byte[content.length + 3];
    framed[0] = 0x0B;
    System.arraycopy(content, 0, framed, 1, content.length);
    framed[content.length + 1] = 0x1C;
    framed[content.length + 2] = 0x0D;
    return framed;
  }

  public void write(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one framed ACK; fails the test if none comes within the timeout. */
  public String readAck() {
    try {
      ByteArrayOutputStream ack = new ByteArrayOutputStream();
      int b = in.read();
      while (b != 0x0B) {
        if (b < 0) {
          throw new IllegalStateException("connection closed without an ACK");
        }
        b = in.read();
      }
      while ((b = in.read()) != 0x1C) {
        if (b < 0) {
          throw new IllegalStateException("connection closed inside an ACK");
        }
        ack.write(b);
      }
      in.read(); // the CR after the end block
      return ack.toString(StandardCharsets.ISO_8859_1);
    } catch (SocketTimeoutException e) {
      throw new IllegalStateException("no ACK within the timeout", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String ackCode(String ack) {
    return msa(ack)[1];
  }

  public static String ackText(String ack) {
    String[] msa = msa(ack);
    return msa.length > 3 ? msa[3] : "";
  }

  private static String[] msa(String ack) {
    for (String segment : ack.split("\r")) {
      if (segment.startsWith("MSA|")) {
        return segment.split("\\|", -1);
      }
    }
    throw new IllegalStateException("ACK without MSA: " + ack);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // test cleanup
    }
  }
}
