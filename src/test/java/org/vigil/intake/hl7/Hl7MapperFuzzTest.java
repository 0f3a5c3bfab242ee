package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vigil.intake.hl7.mapping.Hl7Mapper;
import org.vigil.record.RecordRejection;

/**
 * Any text through the path a received message takes before its commit (normalise, header, HAPI
 * parse, map): it is mapped or refused with a reason (AE/AR), never an unexpected exception (which
 * intake would answer as an internal error) and never a hang. Inputs start from real messages in
 * the inputs folder.
 */
class Hl7MapperFuzzTest {

  private static final Hl7Mapper MAPPER = new Hl7Mapper(Mapped.properties(
      List.of("IPC-1", "OBR-18", "OBR-3", "ORC-3", "OBR-2", "ORC-2")));

  @FuzzTest(maxDuration = "5m")
  void mapsOrRefusesAnyMessage(FuzzedDataProvider data) {
    byte[] raw = data.consumeRemainingAsBytes();
    Hl7Decoder.Decoded decoded = Hl7Decoder.decode(raw);
    try {
      MessageHeader header = MessageHeader.read(decoded.text());
      Hl7Parsing.Parsed parsed = Mapped.PARSING.parse(decoded.text());
      List<Hl7Command> commands = MAPPER.commands(parsed, header, StandardCharsets.UTF_8);
      MAPPER.unreadableHeaderTimes(parsed);
      assertThat(commands).isNotEmpty();
    } catch (Hl7Rejection | RecordRejection refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }
}
