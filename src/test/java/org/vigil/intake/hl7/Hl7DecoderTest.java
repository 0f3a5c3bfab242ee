package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Hl7DecoderTest {

  private static final String MSH = "MSH|^~\\&|RIS|SITE|VIGIL|TRUST|20250101||ORU^R01|1|P|2.5";

  @Test
  void decodesUtf8WhenTheBytesAreValidUtf8() {
    var decoded = Hl7Decoder.decode((MSH + "\rPID|||1||Bjørk\r").getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).contains("Bjørk");
  }

  @Test
  void fallsBackToIso88591WhenTheBytesAreNotUtf8() {
    var decoded = Hl7Decoder.decode((MSH + "\rPID|||1||Bjørk é\r").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(decoded.text()).contains("Bjørk é");
  }

  @Test
  void usesTheCharsetThatMsh18Declares() {
    String latin = MSH + "||||||8859/1\rPID|||1||é\r";
    assertThat(Hl7Decoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1)).charset())
        .isEqualTo(StandardCharsets.ISO_8859_1);
    String utf8 = MSH + "||||||UNICODE UTF-8\rPID|||1||é\r";
    assertThat(Hl7Decoder.decode(utf8.getBytes(StandardCharsets.UTF_8)).text()).contains("é");
  }

  @Test
  void keepsEveryByteWhenDeclaredUtf8IsNotUtf8() {
    String text = MSH + "||||||UNICODE UTF-8\rPID|||1||é\r";
    var decoded = Hl7Decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(decoded.text()).contains("é");
  }

  @Test
  void normalisesCrLfAndCrlfSegmentEndsAndBlankLines() {
    assertThat(Hl7Decoder.normalise("\n" + MSH + "\r\nPID|1\n\nPV1|1\r\r"))
        .isEqualTo(MSH + "\rPID|1\rPV1|1\r");
  }

  @Test
  void joinsALineThatDoesNotStartLikeASegmentToThePreviousOne() {
    assertThat(Hl7Decoder.normalise(MSH + "\rOBX|1|ED|||^app^PDF^Base64^AAAA\rBBBB==|||F\r"))
        .isEqualTo(MSH + "\rOBX|1|ED|||^app^PDF^Base64^AAAA BBBB==|||F\r");
  }
}
