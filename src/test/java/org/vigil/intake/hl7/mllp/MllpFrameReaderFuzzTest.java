package org.vigil.intake.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * Any bytes, in any packets, with read timeouts between them: the frame reader ends, and no byte
 * of a message is lost or split off quietly. Every byte that is not framing or white space
 * between frames comes back in some frame; a frame given as complete (to be processed and maybe
 * acknowledged AA) holds no start or end block, so it is never part of a larger message.
 */
class MllpFrameReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void framesAnyBytesWithoutLosingOrSplittingAnyMessage(FuzzedDataProvider data)
      throws IOException {
    int packet = data.consumeInt(1, 64);
    boolean timeouts = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    MllpFrameReader reader = new MllpFrameReader(new Packets(bytes, packet, timeouts),
        bytes.length + 1, Long.MAX_VALUE, Long.MAX_VALUE);

    long dataBytesFramed = 0;
    int frames = 0;
    for (Frame frame = reader.next(); frame != null; frame = reader.next()) {
      assertThat(++frames).as("no more frames than bytes").isLessThanOrEqualTo(bytes.length + 1);
      assertThat(frame.bytes().length).isEqualTo((int) frame.size());
      if (frame.isComplete()) {
        for (byte b : frame.bytes()) {
          assertThat(b).as("a complete frame holds no start or end block")
              .isNotEqualTo((byte) MllpFrameReader.START).isNotEqualTo((byte) MllpFrameReader.END);
        }
      }
      dataBytesFramed += dataBytes(frame.bytes());
    }
    assertThat(dataBytesFramed).as("every data byte comes back in a frame")
        .isEqualTo(dataBytes(bytes));
  }

  /** Bytes that are neither framing nor the white space that may sit between frames. */
  private static long dataBytes(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b != MllpFrameReader.START && b != MllpFrameReader.END && b != '\r' && b != '\n'
          && b != ' ' && b != '\t') {
        n++;
      }
    }
    return n;
  }

  /** A socket's stream: at most {@code packet} bytes per read, a read timeout between reads. */
  private static final class Packets extends InputStream {
    private final byte[] bytes;
    private final int packet;
    private boolean timeoutNext;
    private final boolean timeouts;
    private int at;

    Packets(byte[] bytes, int packet, boolean timeouts) {
      this.bytes = bytes;
      this.packet = packet;
      this.timeouts = timeouts;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= bytes.length) {
        return -1;
      }
      if (timeoutNext) {
        timeoutNext = false;
        throw new SocketTimeoutException("poll");
      }
      int n = Math.min(Math.min(packet, len), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      timeoutNext = timeouts;
      return n;
    }
  }
}
