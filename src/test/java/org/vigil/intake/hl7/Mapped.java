package org.vigil.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.vigil.intake.hl7.mapping.Hl7Mapper;

/** Maps message text to record commands without Spring, for the mapping unit tests. */
final class Mapped {

  static final Hl7Parsing PARSING = new Hl7Parsing();

  private Mapped() {}

  static MllpProperties properties(List<String> accessionSources) {
    return new MllpProperties(true, 0, 8, 10_000_000, 10_000_000, Duration.ofSeconds(60), 3,
        ZoneId.of("Europe/London"), List.of("2WW", "TWW"), accessionSources, Map.of(), 1, 64,
        Duration.ofMillis(2), 10_000);
  }

  static List<Hl7Command> commands(String text) {
    return commands(text, List.of("IPC-1", "OBR-18", "OBR-3", "ORC-3", "OBR-2", "ORC-2"));
  }

  static List<Hl7Command> commands(String text, List<String> accessionSources) {
    String normalised = Hl7Decoder.normalise(text);
    MessageHeader header = MessageHeader.read(normalised);
    return new Hl7Mapper(properties(accessionSources))
        .commands(PARSING.parse(normalised), header, StandardCharsets.UTF_8);
  }

  static Hl7Command.RecordOrder order(String text) {
    return (Hl7Command.RecordOrder) commands(text).get(0);
  }

  static Hl7Command.RecordReport report(String text) {
    return (Hl7Command.RecordReport) commands(text).get(0);
  }
}
