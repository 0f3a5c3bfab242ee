package org.vigil.intake.hl7.mapping;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Hl7TextTest {

  @Test
  void turnsLineBreakCommandsIntoLineBreaks() {
    assertThat(Hl7Text.plain("FINDINGS:\\.br\\No effusion.", UTF_8)).isEqualTo("FINDINGS:\nNo effusion.");
    assertThat(Hl7Text.plain("a\\.sp 2\\b\\.ce\\c", UTF_8)).isEqualTo("a\n\nb\nc");
  }

  @Test
  void dropsHighlightingAndIndentCommands() {
    assertThat(Hl7Text.plain("\\H\\URGENT\\N\\ \\.in+4\\text\\.ti-2\\", UTF_8)).isEqualTo("URGENT text");
  }

  @Test
  void decodesHexadecimalEscapesInTheMessageCharset() {
    assertThat(Hl7Text.plain("Bj\\XF8\\rk", ISO_8859_1)).isEqualTo("Bjørk");
    assertThat(Hl7Text.plain("caf\\XC3A9\\", UTF_8)).isEqualTo("café");
  }

  @Test
  void leavesPlainTextAlone() {
    assertThat(Hl7Text.plain("5 mm nodule", UTF_8)).isEqualTo("5 mm nodule");
    assertThat(Hl7Text.plain(null, UTF_8)).isEmpty();
  }
}
