package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.validation.PrimitiveTypeRule;
import ca.uhn.hl7v2.validation.ValidationContext;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Vigil's trimming must correct every value exactly as HAPI's own no-validation context does: the
 * same types, in every version, with the same whitespace, down to the regex's line terminator
 * quirk. HAPI's context is the oracle.
 */
class NoValidationTrimmingTest {

  private static final ValidationContext HAPI = ValidationContextFactory.noValidation();
  private static final ValidationContext VIGIL = new NoValidationTrimming();

  private static final List<String> VERSIONS =
      Arrays.asList("2.1", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8", "x", null);
  private static final List<String> TYPES = Arrays.asList("ST", "TX", "FT", "ID", "IS", "NM", "SI",
      "DT", "DTM", "TM", "TS", "TN", "GTS", "CX", "CE", "CWE", "XPN", "HD", "varies", "UNK",
      "st", "tx", "ST ", " TX", "FTX", "", null);
  /** Whitespace for {@code \s}, NBSP and other spaces it does not match, and line terminators. */
  private static final char[] CHARS = {'a', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0',
      '\u0085', '\u2028', '\u2029', '\u001C', '\u3000', '\u200B'};

  @Test
  void correctsEveryTypeInEveryVersionAsHapisNoValidation() {
    List<String> values = allStrings(3);
    values.add(null);
    values.addAll(List.of(" Chest X-ray ", "\tHeart size normal.\t", "\u00A0NBSP\u00A0",
        "line \u0085", "line \u2028", "line\u2029 ", "\r\n", " \r\n", "x\r\n ", "   "));
    List<String> differences = new ArrayList<>();
    for (String version : VERSIONS) {
      for (String type : TYPES) {
        assertThat(VIGIL.getPrimitiveRules(version, type, null))
            .as("rules for %s in %s", type, version)
            .hasSameSizeAs(HAPI.getPrimitiveRules(version, type, null));
        compare(version, type, values, differences);
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void trimsEveryShortStringOfWhitespaceAndTextAsHapisRegex() {
    List<String> values = allStrings(5);
    List<String> differences = new ArrayList<>();
    for (String type : List.of("ST", "FT", "TX")) {
      compare("2.5.1", type, values, differences);
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void checksNothingLikeHapisNoValidation() {
    assertThat(HAPI.getMessageRules("2.5.1", "ORU", "R01")).isEmpty();
    assertThat(VIGIL.getMessageRules("2.5.1", "ORU", "R01")).isEmpty();
    assertThat(HAPI.getEncodingRules("2.5.1", "VB")).isEmpty();
    assertThat(VIGIL.getEncodingRules("2.5.1", "VB")).isEmpty();
    for (String value : List.of("", " x ", "\u0085")) {
      for (PrimitiveTypeRule rule : VIGIL.getPrimitiveRules("2.5.1", "TX", null)) {
        assertThat(rule.apply(value)).isEmpty();
      }
      for (PrimitiveTypeRule rule : HAPI.getPrimitiveRules("2.5.1", "TX", null)) {
        assertThat(rule.apply(value)).isEmpty();
      }
    }
  }

  /** Adds a line for each value that Vigil corrects differently from HAPI (the first 20). */
  private static void compare(String version, String type, List<String> values,
      List<String> differences) {
    for (String value : values) {
      String expected = correct(HAPI, version, type, value);
      String actual = correct(VIGIL, version, type, value);
      if (!Objects.equals(actual, expected) && differences.size() < 20) {
        differences.add(version + " " + type + " [" + escape(value) + "]: expected ["
            + escape(expected) + "] but was [" + escape(actual) + "]");
      }
    }
  }

  /** As HAPI's AbstractPrimitive.setValue applies the rules: each correction in turn. */
  private static String correct(ValidationContext context, String version, String type,
      String value) {
    String corrected = value;
    for (PrimitiveTypeRule rule : context.getPrimitiveRules(version, type, null)) {
      corrected = rule.correct(corrected);
    }
    return corrected;
  }

  /** Every string of CHARS up to the given length. */
  private static List<String> allStrings(int maxLength) {
    List<String> all = new ArrayList<>(List.of(""));
    int from = 0;
    for (int length = 1; length <= maxLength; length++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (char c : CHARS) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    return all;
  }

  private static String escape(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder();
    value.chars().forEach(c -> s.append(c == 'a' ? "a" : String.format("\\u%04X", c)));
    return s.toString();
  }
}
