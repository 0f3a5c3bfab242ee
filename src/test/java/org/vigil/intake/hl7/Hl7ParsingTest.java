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
