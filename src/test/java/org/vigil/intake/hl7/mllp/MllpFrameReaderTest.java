package org.vigil.intake.hl7.mllp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
  void toleratesAnEndBlockWithoutCarriageReturn() throws IOException {
    var r = reader(bytes(0x0B, "A", 0x1C, 0x0B, "B", 0x1C, 0x0D), 100);
    assertThat(r.next().bytes()).isEqualTo(bytes("A"));
    assertThat(r.next().bytes()).isEqualTo(bytes("B"));
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
  void returnsAMessageCutByANewStartBlockAsTruncated() throws IOException {
    var r = reader(bytes(0x0B, "MSH|half", 0x0B, "B", 0x1C, 0x0D), 100);
    assertThat(r.next().problem()).contains("truncated");
    assertThat(r.next().bytes()).isEqualTo(bytes("B"));
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

  @Test
  void readsAnEmptyFrame() throws IOException {
    Frame f = reader(bytes(0x0B, 0x1C, 0x0D), 100).next();
    assertThat(f.isComplete()).isTrue();
    assertThat(f.bytes()).isEmpty();
  }
}
