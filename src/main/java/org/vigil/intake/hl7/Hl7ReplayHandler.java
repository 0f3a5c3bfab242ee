package org.vigil.intake.hl7;

import org.springframework.stereotype.Component;
import org.vigil.intake.DeadLetter;
import org.vigil.intake.ReplayHandler;
import org.vigil.intake.ReplayResult;

/** Replays an HL7 dead letter through the same processing path as the MLLP server. */
@Component
class Hl7ReplayHandler implements ReplayHandler {

  private final Hl7Intake intake;

  Hl7ReplayHandler(Hl7Intake intake) {
    this.intake = intake;
  }

  @Override
  public String channel() {
    return Hl7Transaction.CHANNEL;
  }

  @Override
  public ReplayResult replay(DeadLetter letter, String correctedText) {
    if (correctedText == null && letter.truncated()) {
      return new ReplayResult(false, AckCode.AR.name(),
          "only part of this message was stored; replay it with corrected text", null);
    }
    byte[] raw = correctedText == null ? letter.raw()
        : correctedText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Hl7Intake.Outcome outcome = intake.process(raw, correctedText, intake.now(), letter.id());
    return new ReplayResult(outcome.code() == AckCode.AA, outcome.code().name(),
        outcome.reason(), outcome.messageId());
  }
}
