package org.vigil.intake.hl7.mllp;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.intake.IntakeMemory;
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
  private final IntakeMemory memory;
  private final IntakeMemory.Reservation reservation;

  MllpConnection(Socket socket, Hl7Receiver receiver, MllpProperties properties,
      IntakeMemory memory) {
    this.socket = socket;
    this.receiver = receiver;
    this.properties = properties;
    this.memory = memory;
    this.reservation = memory.open();
  }

  /** No memory for a frame in time: the connection closes without an ACK and the sender resends. */
  static final class NoRoom extends IOException {
    NoRoom() {
      super("no memory for the message in time");
    }
  }

  @Override
  public void run() {
    try (socket; reservation) {
      socket.setSoTimeout(POLL_MILLIS);
      socket.setTcpNoDelay(true);
      MllpFrameReader reader = new MllpFrameReader(socket.getInputStream(), this::room,
          properties.maxMessageBytes() + 1, properties.frameTimeout().toMillis(),
          JUNK_TIMEOUT_MILLIS);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      Frame frame;
      while ((frame = reader.next()) != null) {
        try {
          Hl7Receiver.Answer answer = receiver.receive(frame);
          if (answer == null) {
            return; // neither accepted nor kept: close without ACK so the sender resends
          }
          if (frame.answerable()) {
            write(out, answer.bytes());
          }
        } finally {
          reservation.close();
        }
      }
    } catch (NoRoom e) {
      log.warn("mllp connection from {} closed without an ACK: no memory for its message within {}"
          + " (the sender will send it again)", socket.getRemoteSocketAddress(),
          memory.mllpWait());
      memory.refused("mllp");
    } catch (IOException e) {
      if (!socket.isClosed()) {
        log.info("mllp connection from {} ended: {}", socket.getRemoteSocketAddress(),
            e.getClass().getSimpleName());
      }
    }
  }

  /**
   * Room for a frame of {@code bytes} and {@code lines} segments: a small allowance first, then the
   * largest accepted message at once, and more as its segments grow (up to the most accepted).
   */
  private long room(long bytes, long lines) throws IOException {
    long wanted = bytes <= memory.frameAllowance() ? memory.frameAllowance()
        : properties.maxMessageBytes() + 1L;
    long cost = memory.hl7Cost(wanted, Math.min(lines, properties.maxSegments()));
    try {
      if (!reservation.grow(cost, memory.mllpWait())) {
        throw new NoRoom();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoRoom();
    }
    return wanted;
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
