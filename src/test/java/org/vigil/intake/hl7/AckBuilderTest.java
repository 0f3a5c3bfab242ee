package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AckBuilderTest {

  private final AckBuilder acks = new AckBuilder(
      Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void acknowledgesWithTheSendersControlIdAndVersion() {
    var header = MessageHeader.read("MSH|^~\\&|RIS|SITE|VIGIL|TRUST|2025||ORU^R01|C42|P|2.4\r");
    String ack = acks.ack(header, AckCode.AA, "accepted", 0);
    assertThat(ack).startsWith("MSH|^~\\&|VIGIL|VIGIL|RIS|SITE|20250301100000.000+0000||ACK^R01^ACK|");
    assertThat(ack).contains("|P|2.4\r").contains("\rMSA|AA|C42|accepted\r").doesNotContain("ERR");
  }

  @Test
  void explainsARejectionInMsaAndErrWithSeparatorsEscaped() {
    String ack = acks.ack(null, AckCode.AR, "bad | text ^ here", 100);
    assertThat(ack).contains("MSA|AR||bad \\F\\ text \\S\\ here\r")
        .contains("ERR||MSH^1^10|100^Segment sequence error^HL70357|E||||bad \\F\\ text");
  }

  @Test
  void givesEveryAckItsOwnControlId() {
    String a = acks.ack(null, AckCode.AA, "", 0).split("\\|")[9];
    String b = acks.ack(null, AckCode.AA, "", 0).split("\\|")[9];
    assertThat(a).isNotEqualTo(b);
  }
}
