package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageHeaderTest {

  @Test
  void readsTheSenderControlIdTypeAndVersion() {
    var h = MessageHeader.read("MSH|^~\\&|RIS^1.2^ISO|SITE|VIGIL|TRUST|20250101||ORU^R01^ORU_R01|C1|P|2.3.1\r");
    assertThat(h.sendingApplication()).isEqualTo("RIS");
    assertThat(h.sendingFacility()).isEqualTo("SITE");
    assertThat(h.messageType()).isEqualTo("ORU^R01");
    assertThat(h.controlId()).isEqualTo("C1");
    assertThat(h.version()).isEqualTo("2.3.1");
  }

  @Test
  void rejectsTextThatIsNotHl7() {
    assertThatThrownBy(() -> MessageHeader.read("Bad file\r"))
        .isInstanceOfSatisfying(Hl7Rejection.class, r -> assertThat(r.code()).isEqualTo(AckCode.AR));
  }

  @Test
  void rejectsWrongEncodingCharacters() {
    assertThatThrownBy(() -> MessageHeader.read("MSH|^~|RIS|SITE|||2025||ORU^R01|1|P|2.5\r"))
        .hasMessageContaining("encoding characters");
    assertThatThrownBy(() -> MessageHeader.read("MSH|^^\\&|RIS|SITE|||2025||ORU^R01|1|P|2.5\r"))
        .hasMessageContaining("encoding characters");
  }

  @Test
  void rejectsAHeaderWithoutTypeControlIdOrVersion() {
    assertThatThrownBy(() -> MessageHeader.read("MSH|^~\\&|RIS|SITE|||2025|||1|P|2.5\r"))
        .hasMessageContaining("MSH-9");
    assertThatThrownBy(() -> MessageHeader.read("MSH|^~\\&|RIS|SITE|||2025||ORU^R01||P|2.5\r"))
        .hasMessageContaining("MSH-10");
    assertThatThrownBy(() -> MessageHeader.read("MSH|^~\\&|RIS|SITE|||2025||ORU^R01|1|P\r"))
        .hasMessageContaining("MSH-12");
  }

  @Test
  void aCharsetLookupInTextWithAnMshAtTheEndOfALineOrAnEmptyLabelFindsNoneAndDoesNotFail() {
    // found by Hl7MapperFuzzTest: "MSH" ending a line left no separator to read
    assertThat(MessageHeader.charsetLabel("PID|1||X^^^MSH\rOBR|1|PLACC1|ACC1|XCHES^XR C||R7"))
        .isNull();
    assertThat(MessageHeader.charsetLabel("xxMSH\rOBR|1|2|3|4|5|6|7")).isNull();
    assertThat(MessageHeader.charsetLabel("MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5||||||~")).isNull();
  }

  @Test
  void findsTheCharsetLabelEvenBeforeDecoding() {
    assertThat(MessageHeader.charsetLabel("MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5||||||8859/1\nPID|"))
        .isEqualTo("8859/1");
    assertThat(MessageHeader.charsetLabel("MSH|^~\\&|A|B|C|D|2025||ORU^R01|1|P|2.5\r")).isNull();
  }
}
