package org.vigil.intake.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MllpFrameReaderTest {

  private static MllpFrameReader reader(byte[] bytes, int maxKept) {
    return new MllpFrameReader(new ByteArrayInputStream(bytes), maxKept, 1000, 1000);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes(p.toString().getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsFramedMessagesAndIgnoresLineBreaksBetweenThem() throws IOException {
    var r = reader(bytes(0x0B, "A", 0x1C, 0x0D, "\r\n", 0x0B, "B", 0x1C, 0x0D), 100);
    assertThat(r.next().bytes()).isEqualTo(bytes("A"));
    assertThat(r.next().bytes()).isEqualTo(bytes("B"));
    assertThat(r.next()).isNull();
  }

  @Test
  void aLone0x1cInsideReportTextDoesNotEndTheMessageButRefusesItWhole() throws IOException {
    var r = reader(bytes(0x0B, "OBX|1|TX|||No evidence of", 0x1C, " pneumothorax.", 0x1C, 0x0D,
        0x0B, "B", 0x1C, 0x0D), 100);
    Frame whole = r.next();
    assertThat(whole.isComplete()).isFalse();
    assertThat(whole.problem()).isEqualTo(MllpFrameReader.LONE_END);
    assertThat(whole.bytes()).isEqualTo(bytes("OBX|1|TX|||No evidence of", 0x1C, " pneumothorax."));
    assertThat(whole.answerable()).isTrue();
    assertThat(r.next().bytes()).isEqualTo(bytes("B"));
  }

  @Test
  void anEndBlockWithoutItsCarriageReturnIsNotTheEndOfTheMessage() throws IOException {
    var r = reader(bytes(0x0B, "A", 0x1C, 0x0B, "B", 0x1C, 0x0D), 100);
    Frame f = r.next();
    assertThat(f.problem()).isEqualTo(MllpFrameReader.LONE_END);
    assertThat(f.bytes()).isEqualTo(bytes("A", 0x1C, 0x0B, "B"));
    assertThat(r.next()).isNull();
  }

  @Test
  void anEndBlockWhoseCarriageReturnComesInALaterPacketEndsTheMessage() throws IOException {
    var r = new MllpFrameReader(new Packets(bytes(0x0B, "MSH|A", 0x1C), TIMEOUT,
        TIMEOUT, bytes(0x0D), bytes(0x0B, "MSH|B", 0x1C), TIMEOUT, bytes(0x0D)), 100, 60_000, 60_000);
    Frame first = r.next();
    assertThat(first.isComplete()).isTrue();
    assertThat(first.bytes()).isEqualTo(bytes("MSH|A"));
    assertThat(r.next().bytes()).isEqualTo(bytes("MSH|B"));
    assertThat(r.next()).isNull();
  }

  @Test
  void anEndBlockLeftWithoutItsCarriageReturnIsAnsweredAsIncompleteAfterTheFrameTimeout()
      throws IOException {
    var r = new MllpFrameReader(new Packets(bytes(0x0B, "MSH|A", 0x1C), TIMEOUT), 100, 0, 0);
    Frame f = r.next();
    assertThat(f.problem()).contains("incomplete").contains("0x1C without its 0x0D");
    assertThat(f.bytes()).isEqualTo(bytes("MSH|A"));
  }

  @Test
  void returnsBytesOutsideAFrameAsAProblemFrame() throws IOException {
    var r = reader(bytes("junk", 0x0B, "A", 0x1C, 0x0D), 100);
    Frame junk = r.next();
    assertThat(junk.problem()).contains("outside an MLLP frame");
    assertThat(junk.bytes()).isEqualTo(bytes("junk"));
    assertThat(r.next().isComplete()).isTrue();
  }

  @Test
  void aStartBlockInsideAMessageRefusesItWholeWithEveryByte() throws IOException {
    var r = reader(bytes(0x0B, "MSH|half", 0x0B, "B", 0x1C, 0x0D, 0x0B, "C", 0x1C, 0x0D), 100);
    Frame whole = r.next();
    assertThat(whole.problem()).isEqualTo(MllpFrameReader.START_INSIDE);
    assertThat(whole.bytes()).isEqualTo(bytes("MSH|half", 0x0B, "B"));
    assertThat(r.next().bytes()).isEqualTo(bytes("C"));
  }

  @Test
  void keepsWhatArrivedWhenTheSenderClosesMidFrame() throws IOException {
    Frame f = reader(bytes(0x0B, "MSH|unfinished"), 100).next();
    assertThat(f.problem()).contains("connection closed");
    assertThat(f.answerable()).isFalse();
    assertThat(f.bytes()).isEqualTo(bytes("MSH|unfinished"));
  }

  @Test
  void countsButDoesNotKeepBytesBeyondTheLimit() throws IOException {
    Frame f = reader(bytes(0x0B, "0123456789", 0x1C, 0x0D), 4).next();
    assertThat(f.bytes()).hasSize(4);
    assertThat(f.size()).isEqualTo(10);
  }

  private static final byte[] TIMEOUT = new byte[0];

  /** A socket stream: each packet in one read; {@link #TIMEOUT} is a read timeout; then the end. */
  static final class Packets extends InputStream {
    private final java.util.ArrayDeque<byte[]> packets = new java.util.ArrayDeque<>();

    Packets(byte[]... packets) {
      this.packets.addAll(java.util.List.of(packets));
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      byte[] next = packets.poll();
      if (next == null) {
        return -1;
      }
      if (next.length == 0) {
        throw new java.net.SocketTimeoutException("poll");
      }
      System.arraycopy(next, 0, b, off, next.length);
      return next.length;
    }
  }

  @Test
  void readsAnEmptyFrame() throws IOException {
    Frame f = reader(bytes(0x0B, 0x1C, 0x0D), 100).next();
    assertThat(f.isComplete()).isTrue();
    assertThat(f.bytes()).isEmpty();
  }
}
