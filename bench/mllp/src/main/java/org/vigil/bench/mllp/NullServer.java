package org.vigil.bench.mllp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A listener that answers every frame with the same canned ACK and parses nothing: it shows how
 * fast the client itself can go, so a slow target is not blamed on the load generator.
 */
final class NullServer implements AutoCloseable {

  private static final byte[] ACK = ("\u000bMSH|^~\\&|NULL|NULL|BENCH|BENCH|20260101000000||ACK"
      + "|1|P|2.5.1\rMSA|AA|1\r\u001c\r").getBytes(StandardCharsets.US_ASCII);
  private final ServerSocket server;

  NullServer(int port) throws IOException {
    this.server = new ServerSocket(port);
    Thread acceptor = new Thread(this::accept, "null-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        Thread t = new Thread(() -> answer(socket), "null-server-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void answer(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
      OutputStream out = socket.getOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        if (b == 0x1C) {
          in.read();
          out.write(ACK);
          out.flush();
        }
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
