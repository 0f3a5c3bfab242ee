package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vigil's parser reads the message structure from MSH alone; every sample must come out exactly
 * as HAPI's stock pipe parser reads it, or be refused by both.
 */
class Hl7ParsingTest {

  private static final PipeParser STOCK = stockParser();

  @ParameterizedTest
  @MethodSource("samples")
  void readsEverySampleExactlyAsHapisStockParser(String text) throws Exception {
    String normalised = Hl7Decoder.normalise(text);
    Message expected;
    try {
      expected = STOCK.parse(normalised);
    } catch (Exception refused) {
      assertThatThrownBy(() -> new Hl7Parsing().parse(normalised))
          .isInstanceOf(Hl7Rejection.class);
      return;
    }
    Message actual = new Hl7Parsing().parse(normalised).message();

    assertThat(actual.getClass()).isEqualTo(expected.getClass());
    assertThat(actual.encode()).isEqualTo(expected.encode());
  }

  /**
   * HAPI's no-validation context trims ST and FT on the left and TX on the right; Vigil does the
   * same without a regex. Values padded with whitespace (as {@code \s} sees it), other spaces and
   * control characters it does not match, and line terminators, in many types and versions, must
   * be read exactly as the stock parser reads them.
   */
  @ParameterizedTest
  @MethodSource("paddedReports")
  void trimsPaddedValuesExactlyAsHapisStockParser(String text) throws Exception {
    Message expected = STOCK.parse(text);
    Message actual = new Hl7Parsing().parse(text).message();

    assertThat(PrimitiveValues.of(actual)).isEqualTo(PrimitiveValues.of(expected));
    assertThat(actual.encode()).isEqualTo(expected.encode());
  }

  static Stream<String> paddedReports() {
    List<String> pads = List.of(" ", "   ", "\t", "\u000B", "\f", " \t\u000B\f ", "\u00A0",
        " \u00A0 ", "\u3000", "\u0085", " \u0085", "\u0085 ", " \u2028", "\t\u2029",
        "\u001F", "\\X0D\\", " \\X0A\\ ", "\\.br\\ ");
    List<String> reports = new ArrayList<>();
    for (String version : List.of("2.3", "2.5.1", "2.7")) {
      for (String pad : pads) {
        reports.add(paddedReport(version, pad));
      }
    }
    return reports.stream();
  }

  /** An ORU^R01 whose values (but not the ones HAPI needs to find types) carry the pad. */
  private static String paddedReport(String version, String w) {
    UnaryOperator<String> p = v -> w + v + w;
    StringBuilder m = new StringBuilder()
        .append("MSH|^~\\&|RIS|RAD_SITE|VIGIL|TRUST|20250301101500||ORU^R01|")
        .append(p.apply("CTL1")).append("|P|").append(version).append("\r")
        .append("PID|1||").append(p.apply("MRN1")).append("^^^").append(p.apply("RX1")).append('^')
        .append(p.apply("MR")).append("||").append(p.apply("Bloggs")).append('^')
        .append(p.apply("Joe")).append('^').append(w).append("||").append(p.apply("19600101"))
        .append('|').append(p.apply("M")).append("\r")
        .append(Hl7Messages.seg("OBR", 1, p.apply("1"), 3, p.apply("ACC1"),
            4, p.apply("XCHES") + "^" + p.apply("XR Chest") + "^" + p.apply("LOCAL"),
            7, p.apply("20250301110000"), 13, p.apply("Query pathology"), 25, p.apply("F")))
        .append("NTE|1||").append(p.apply("Comment on the order")).append("\r");
    String[][] observations = {{"TX", p.apply("The lungs are clear.")}, {"TX", w + w},
        {"TX", ""}, {"FT", p.apply("Heart \\.br\\ normal")}, {"FT", w}, {"ST", p.apply("Text")},
        {"ST", w + w}, {"NM", p.apply("12.5")}, {"ID", p.apply("Y")}, {"IS", p.apply("A")},
        {"DTM", p.apply("20250301")}, {"TS", p.apply("20250301110000")},
        {"CE", p.apply("C1") + "^" + p.apply("Text")},
        {"CX", p.apply("123") + "^^^" + p.apply("RX1")}};
    int set = 1;
    for (String[] obx : observations) {
      m.append("OBX|").append(set++).append('|').append(obx[0]).append('|')
          .append(p.apply("&GDT")).append('^').append(p.apply("Report text")).append('|')
          .append(p.apply("1")).append('|').append(obx[1]).append('|').append(p.apply("mm"))
          .append("|||||").append(p.apply("F")).append("\r")
          .append("NTE|1||").append(p.apply("A note")).append("\r");
    }
    return m.toString();
  }

  static Stream<String> samples() throws IOException, URISyntaxException {
    List<String> samples = new ArrayList<>();
    Path dcm4che = Path.of(Hl7ParsingTest.class.getResource("/hl7/dcm4che").toURI());
    try (Stream<Path> files = Files.list(dcm4che)) {
      files.sorted().forEach(f -> samples.add(Hl7Samples.dcm4che(f.getFileName().toString())));
    }
    Path logs = Path.of(Hl7ParsingTest.class.getResource("/hl7/synthetic-oru").toURI());
    try (Stream<Path> files = Files.walk(logs)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> {
        for (byte[] wire : Hl7Samples.scoutLog(logs.relativize(f).toString())) {
          if (wire.length > 3 && wire[0] == 0x0B) {
            samples.add(new String(wire, 1, wire.length - 3, StandardCharsets.ISO_8859_1));
          }
        }
      });
    }
    samples.add(Hl7Messages.order("MRN1", "ACC1", "CTL1", "NW"));
    samples.add(Hl7Messages.report("MRN1", "ACC1", "F", "FINDINGS: clear", "Normal."));
    samples.add(Hl7Messages.registration("A08", "MRN1", "Smith"));
    samples.add(Hl7Messages.report("MRN1", "ACC1", "F", "one line").replace("\r", "\n"));
    return samples.stream();
  }

  private static PipeParser stockParser() {
    HapiContext context = new DefaultHapiContext();
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    context.setValidationContext(ValidationContextFactory.noValidation());
    return context.getPipeParser();
  }
}
