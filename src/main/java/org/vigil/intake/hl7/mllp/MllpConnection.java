package org.vigil.intake.hl7.mllp;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.intake.hl7.Hl7Receiver;
import org.vigil.intake.hl7.MllpProperties;

/** One sender connection: read frames, answer each one, until the sender or Vigil closes it. */
final class MllpConnection implements Runnable, Closeable {

  private static final Logger log = LoggerFactory.getLogger(MllpConnection.class);
  private static final int POLL_MILLIS = 500;
  private static final long JUNK_TIMEOUT_MILLIS = 2000;

  private final Socket socket;
  private final Hl7Receiver receiver;
  private final MllpProperties properties;

  MllpConnection(Socket socket, Hl7Receiver receiver, MllpProperties properties) {
    this.socket = socket;
    this.receiver = receiver;
    this.properties = properties;
  }

  @Override
  public void run() {
    try (socket) {
      socket.setSoTimeout(POLL_MILLIS);
      socket.setTcpNoDelay(true);
      MllpFrameReader reader = new MllpFrameReader(socket.getInputStream(),
          properties.maxMessageBytes() + 1, properties.frameTimeout().toMillis(),
          JUNK_TIMEOUT_MILLIS);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      Frame frame;
      while ((frame = reader.next()) != null) {
        Hl7Receiver.Answer answer = receiver.receive(frame);
        if (answer == null) {
          return; // neither accepted nor kept: close without ACK so the sender resends
        }
        if (frame.answerable()) {
          write(out, answer.bytes());
        }
      }
    } catch (IOException e) {
      if (!socket.isClosed()) {
        log.info("mllp connection from {} ended: {}", socket.getRemoteSocketAddress(),
            e.getClass().getSimpleName());
      }
    }
  }

  private static void write(OutputStream out, byte[] ack) throws IOException {
    out.write(MllpFrameReader.START);
    out.write(ack);
    out.write(MllpFrameReader.END);
    out.write(MllpFrameReader.CR);
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
