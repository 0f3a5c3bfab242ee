package org.vigil.findings.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.findings.Measurement;

class MeasurementReaderTest {

  private static List<Measurement> read(String text) {
    return MeasurementReader.read(text, 0, text.length());
  }

  @Test
  void millimetresAndCentimetresAreNormalisedToMillimetres() {
    assertThat(read("a 12 mm nodule").get(0).dimensionsMm()).containsExactly(12.0);
    assertThat(read("a 1.2 cm nodule").get(0).dimensionsMm()).containsExactly(12.0);
    assertThat(read("a 12mm nodule").get(0).dimensionsMm()).containsExactly(12.0);
  }

  @Test
  void twoAndThreeDimensionsShareTheirUnit() {
    Measurement m = read("mass measuring 3.5 x 2.1 cm").get(0);
    assertThat(m.dimensionsMm()).containsExactly(35.0, 21.0);
    assertThat(m.text()).isEqualTo("3.5 x 2.1 cm");
    assertThat(read("3.5 x 2.1 x 1.0cm").get(0).dimensionsMm()).containsExactly(35.0, 21.0, 10.0);
  }

  @Test
  void aRangeCountsItsLargestValue() {
    assertThat(read("nodules of 5-6 mm").get(0).largestMm()).isEqualTo(6.0);
    assertThat(read("up to 8 mm").get(0).largestMm()).isEqualTo(8.0);
  }

  @Test
  void numbersWithoutUnitsAreNotMeasurements() {
    assertThat(read("seen on 12/03/2021 at T12 and series 4 image 56")).isEmpty();
  }

  @Test
  void offsetsPointAtTheMeasurement() {
    String text = "AAA of 5.6 cm diameter.";
    Measurement m = read(text).get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo("5.6 cm");
  }
}
