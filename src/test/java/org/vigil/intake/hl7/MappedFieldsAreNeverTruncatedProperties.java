package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.record.FieldLimits;
import org.vigil.record.OrderDetails;
import org.vigil.record.ReportDetails;

/**
 * Every field intake maps into a column with a limit, filled with long, odd and Unicode values:
 * the mapped value is exactly what was sent (HL7 escapes undone, outer white space dropped), or
 * the message is refused naming that field. Never a shortened value (issue 9, hazard H4). The
 * values come from a seeded generator (plain JUnit: no property-testing library).
 */
class MappedFieldsAreNeverTruncatedProperties {

  /** How to read a field back from the mapped report, and the limit of its column. */
  private record Field(int limit, Function<Hl7Command.RecordReport, String> read) {}

  private static final Map<String, Field> FIELDS = Map.ofEntries(
      Map.entry("PID-3.1", new Field(FieldLimits.IDENTIFIER_VALUE,
          c -> c.patient().identifiers().get(0).value())),
      Map.entry("PID-3.4", new Field(FieldLimits.IDENTIFIER_AUTHORITY,
          c -> c.patient().identifiers().get(0).authority())),
      Map.entry("PID-3.5", new Field(FieldLimits.IDENTIFIER_TYPE,
          c -> c.patient().identifiers().get(0).type())),
      Map.entry("PID-5.1", new Field(FieldLimits.PERSON_NAME, c -> c.patient().familyName())),
      Map.entry("PID-5.2", new Field(FieldLimits.PERSON_NAME, c -> c.patient().givenName())),
      Map.entry("PV1-7", new Field(FieldLimits.CLINICIAN, c -> order(c).consultant())),
      Map.entry("PV1-10", new Field(FieldLimits.TEAM, c -> order(c).team())),
      Map.entry("ORC-2", new Field(FieldLimits.ORDER_NUMBER, c -> order(c).placerNumber())),
      Map.entry("ORC-12", new Field(FieldLimits.CLINICIAN, c -> order(c).requester())),
      Map.entry("OBR-3", new Field(FieldLimits.ACCESSION, c -> order(c).accessionNumber())),
      Map.entry("OBR-4.1", new Field(FieldLimits.PROCEDURE_CODE, c -> order(c).procedureCode())),
      Map.entry("OBR-4.2", new Field(FieldLimits.PROCEDURE_NAME, c -> order(c).procedureName())),
      Map.entry("OBR-15", new Field(FieldLimits.BODY_PART, c -> order(c).bodyPart())),
      Map.entry("OBR-32", new Field(FieldLimits.CLINICIAN, c -> c.report().radiologist())),
      Map.entry("OBX-3.1", new Field(FieldLimits.SECTION_CODE,
          c -> c.report().sections().get(0).code())),
      Map.entry("OBX-3.2", new Field(FieldLimits.SECTION_HEADING,
          c -> c.report().sections().get(0).heading())),
      Map.entry("OBX-5", new Field(FieldLimits.UNLIMITED, c -> c.report().text())),
      Map.entry("OBX-8", new Field(FieldLimits.ABNORMAL_FLAG, c -> c.report().abnormalFlag())),
      Map.entry("OBX-17", new Field(FieldLimits.ALERT_CODES,
          c -> String.join(",", c.report().alertCodes()))));

  /** A fixed seed: the same 1,500 cases on every run, so a failure can be replayed. */
  private static final long SEED = 20261203L;
  private static final int CASES = 1500;

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("fieldsAndValues")
  void everyMappedFieldIsStoredAsSentOrRefusedNamingTheField(String field, String sent) {
    String expected = expected(field, sent);
    Field target = FIELDS.get(field);
    Hl7Command.RecordReport mapped;
    try {
      mapped = Mapped.report(message(field, sent));
    } catch (Hl7Rejection refused) {
      assertThat(refused.field()).isEqualTo(field);
      assertThat(refused.getMessage()).startsWith(field + " ");
      assertThat(FieldLimits.problem(expected, target.limit()) != null
          || (field.equals("OBX-5") && FieldLimits.textProblem(expected) != null)
          || (field.equals("OBX-17") && expected.contains(",")))
          .as("refused only a value that cannot be stored as sent").isTrue();
      return;
    }
    assertThat(target.read().apply(mapped)).isEqualTo(expected);
  }

  static Stream<Arguments> fieldsAndValues() {
    Random random = new Random(SEED);
    List<String> fields = FIELDS.keySet().stream().sorted().toList();
    List<Arguments> cases = new ArrayList<>(CASES);
    while (cases.size() < CASES) {
      String field = fields.get(random.nextInt(fields.size()));
      String value = value(random);
      if (usable(field, value)) {
        cases.add(Arguments.of(field, value));
      }
    }
    return cases.stream();
  }

  private static final int[] EDGE_LENGTHS =
      {15, 16, 17, 19, 20, 21, 63, 64, 65, 99, 100, 101, 199, 200, 201, 249, 250, 251};
  private static final char[] DELIMITERS = {'|', '^', '~', '\\', '&', ' ', '-', '.', ',', '\t'};
  private static final char[] ODD = {'\u0000', '\u0001', '\u000b', '\u001c', '\u007f',
      '\u2028', '\ud83d', '\ude00', '\ufeff'};
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /** Long, odd and Unicode values, many of them just under, at or over a column's limit. */
  private static String value(Random random) {
    if (random.nextInt(10) == 0) {
      return "\ud83d\ude00".repeat(1 + random.nextInt(120)); // emoji: two chars each
    }
    int length = random.nextInt(5) < 3 ? 1 + random.nextInt(300)
        : EDGE_LENGTHS[random.nextInt(EDGE_LENGTHS.length)];
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(12);
      if (kind < 6) {
        s.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
      } else if (kind < 8) {
        s.append(DELIMITERS[random.nextInt(DELIMITERS.length)]);
      } else if (kind < 10) {
        s.append((char) ('\u00a0' + random.nextInt(0x250 - 0xa0)));
      } else if (kind < 11) {
        s.append((char) ('\u4e00' + random.nextInt(0x100)));
      } else {
        s.append(ODD[random.nextInt(ODD.length)]);
      }
    }
    return s.toString();
  }

  /** Values that mean something else than a plain value in this field are left out. */
  private static boolean usable(String field, String value) {
    String s = value.strip();
    if (s.isEmpty()) {
      return false; // a blank field is "not stated"
    }
    String upper = s.toUpperCase(Locale.ROOT);
    return switch (field) {
      case "PID-3.4" -> !upper.contains("NHS"); // names the NHS number authority
      case "PID-3.5" -> !upper.equals("NH");
      case "OBX-8" -> !upper.equals("N"); // "normal" is not a flag
      case "OBX-5" -> value.indexOf('\\') < 0; // formatting escapes (\.br\) are text markup
      default -> true;
    };
  }

  private static String expected(String field, String sent) {
    String s = sent.strip();
    return switch (field) {
      case "OBX-8" -> s.toUpperCase(Locale.ROOT);
      case "OBX-5" -> String.join("\n", s.lines().toList()).strip();
      default -> s;
    };
  }

  private static OrderDetails order(Hl7Command.RecordReport command) {
    ReportDetails report = command.report();
    return report.order();
  }

  /** An ORU^R01 with {@code value} (HL7-escaped) in {@code field}; every other field ordinary. */
  static String message(String field, String value) {
    Map<String, String> v = new java.util.HashMap<>(Map.ofEntries(
        Map.entry("PID-3.1", "MRN1"), Map.entry("PID-3.4", "RX1"), Map.entry("PID-3.5", "MR"),
        Map.entry("PID-5.1", "Bloggs"), Map.entry("PID-5.2", "Joe"), Map.entry("PV1-7", "C123"),
        Map.entry("PV1-10", "RAD"), Map.entry("ORC-2", "PL1"), Map.entry("ORC-12", "G456"),
        Map.entry("OBR-3", "ACC1"), Map.entry("OBR-4.1", "XCHES"),
        Map.entry("OBR-4.2", "XR Chest"), Map.entry("OBR-15", "CHEST"),
        Map.entry("OBR-32", "R789"), Map.entry("OBX-3.1", "GDT"), Map.entry("OBX-3.2", "Report"),
        Map.entry("OBX-5", "No pneumothorax."), Map.entry("OBX-8", "A"),
        Map.entry("OBX-17", "RED")));
    v.replaceAll((k, x) -> escape(x));
    v.put(field, escape(value));
    return Hl7Messages.msh("ORU^R01", "2.5.1", null)
        + "PID|1||" + v.get("PID-3.1") + "^^^" + v.get("PID-3.4") + "^" + v.get("PID-3.5")
        + "||" + v.get("PID-5.1") + "^" + v.get("PID-5.2") + "||19600101|M\r"
        + Hl7Messages.seg("PV1", 1, 1, 2, "O", 7, v.get("PV1-7"), 10, v.get("PV1-10"))
        + Hl7Messages.seg("ORC", 1, "RE", 2, v.get("ORC-2"), 5, "CM", 12, v.get("ORC-12"))
        + Hl7Messages.seg("OBR", 1, 1, 3, v.get("OBR-3"),
            4, v.get("OBR-4.1") + "^" + v.get("OBR-4.2") + "^LOCAL", 7, "20250301110000",
            15, "^^^" + v.get("OBR-15"), 22, "20250301120000", 24, "XR", 25, "F",
            32, v.get("OBR-32"))
        + Hl7Messages.seg("OBX", 1, 1, 2, "TX", 3, v.get("OBX-3.1") + "^" + v.get("OBX-3.2"),
            5, v.get("OBX-5"), 8, v.get("OBX-8"), 11, "F", 17, v.get("OBX-17"));
  }

  /** HL7 escapes for the delimiters, so the value arrives as one field. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\E\\");
        case '|' -> out.append("\\F\\");
        case '^' -> out.append("\\S\\");
        case '&' -> out.append("\\T\\");
        case '~' -> out.append("\\R\\");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
