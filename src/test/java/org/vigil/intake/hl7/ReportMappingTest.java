package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.intake.hl7.Hl7Messages.seg;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigil.record.ReportDetails;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

class ReportMappingTest {

  private static ReportDetails report(String obr, String... obx) {
    return Mapped.report(Hl7Messages.msh("ORU^R01", "2.4", null) + Hl7Messages.pid("RX1") + obr
        + String.join("", obx)).report();
  }

  private static String obx(int set, String type, String id, String value, String status) {
    return seg("OBX", 1, set, 2, type, 3, id, 5, value, 11, status);
  }

  private static final String OBR = seg("OBR", 3, "ACC1", 4, "X^XR Chest", 25, "F");

  @Test
  void joinsObservationsInOrderWhateverTheirSetIds() {
    ReportDetails r = report(OBR, obx(1, "TX", "", "Line one", "F"), obx(1, "TX", "", "Line two", "F"),
        obx(1, "ST", "", "", "F"), obx(1, "FT", "", "Para\\.br\\two~rep", "F"));
    assertThat(r.text()).isEqualTo("Line one\nLine two\n\nPara\ntwo\nrep");
  }

  @Test
  void unescapesDelimiterEscapes() {
    assertThat(report(OBR, obx(1, "FT", "", "a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f", "F")).text())
        .isEqualTo("a|b^c&d~e\\f");
  }

  @Test
  void reportTextWithAControlCharacterIsRefusedNamingObx5NotStoredRaw() {
    assertThatThrownBy(() -> report(OBR, obx(1, "TX", "", "No bleed\u0007 seen", "F")))
        .isInstanceOfSatisfying(Hl7Rejection.class, r -> {
          assertThat(r.field()).isEqualTo("OBX-5");
          assertThat(r.getMessage()).contains("control character (U+0007)");
        });
    assertThatThrownBy(() -> report(OBR, obx(1, "FT", "", "Page one\\X0C\\page two", "F")))
        .isInstanceOfSatisfying(Hl7Rejection.class, r -> assertThat(r.field()).isEqualTo("OBX-5"));
  }

  @Test
  void keepsTabsInReportText() {
    assertThat(report(OBR, obx(1, "TX", "", "Size:\t4 mm", "F")).text()).isEqualTo("Size:\t4 mm");
  }

  @Test
  void readsTextFromCodedValues() {
    assertThat(report(OBR, obx(1, "CE", "", "RID123^Pneumothorax^RADLEX", "F")).text())
        .isEqualTo("Pneumothorax");
  }

  @Test
  void groupsSectionsByObservationCode() {
    ReportDetails r = report(OBR, obx(1, "ST", "&GDT", "FINDINGS: clear", "F"),
        obx(2, "ST", "&GDT", "lungs.", "F"), obx(3, "ST", "&IMP", "Normal.", "F"));
    assertThat(r.sections()).containsExactly(new ReportSection("Report", "GDT", "FINDINGS: clear\nlungs."),
        new ReportSection("Impression", "IMP", "Normal."));
  }

  @Test
  void readsTheStatusFromObr25ThenObx11() {
    assertThat(report(OBR, obx(1, "TX", "", "t", "P")).status()).isEqualTo(ReportStatus.FINAL);
    String noStatus = seg("OBR", 3, "ACC1");
    assertThat(report(noStatus, obx(1, "TX", "", "t", "P")).status()).isEqualTo(ReportStatus.PRELIMINARY);
    assertThat(report(noStatus, obx(1, "TX", "", "t", "Final")).status()).isEqualTo(ReportStatus.FINAL);
    assertThat(report(noStatus, obx(1, "TX", "", "t", "C")).status()).isEqualTo(ReportStatus.CORRECTED);
    assertThat(report(seg("OBR", 3, "ACC1", 25, "A"), obx(1, "TX", "", "t", "")).status())
        .isEqualTo(ReportStatus.ADDENDUM);
    assertThat(report(noStatus, obx(1, "TX", "", "t", "")).status())
        .as("never assumed final").isEqualTo(ReportStatus.PRELIMINARY);
  }

  @Test
  void aFinalReportWithAnAddendumSectionIsAnAddendum() {
    assertThat(report(OBR, obx(1, "TX", "&GDT", "Report", "F"), obx(2, "TX", "&ADT", "Addendum: x", "F"))
        .status()).isEqualTo(ReportStatus.ADDENDUM);
  }

  @Test
  void readsRadiologistFlagsCodesAndReportTime() {
    String obr = seg("OBR", 3, "ACC1", 22, "20250301120000", 25, "F", 32, "R1&Reese&Amber");
    ReportDetails r = report(obr, seg("OBX", 1, 1, 2, "TX", 5, "Mass.", 8, "A", 11, "F", 17, "CAT1^Critical"),
        seg("OBX", 1, 2, 2, "TX", 5, "More.", 8, "AA", 11, "F"));
    assertThat(r.radiologist()).isEqualTo("Reese, Amber (R1)");
    assertThat(r.abnormalFlag()).isEqualTo("AA");
    assertThat(r.alertCodes()).containsExactly("CAT1");
    assertThat(r.reportedAt()).isEqualTo(Instant.parse("2025-03-01T12:00:00Z"));
  }

  @Test
  void fallsBackToTheObservationTimeForTheReportTime() {
    ReportDetails r = report(OBR, seg("OBX", 1, 1, 2, "TX", 5, "x", 11, "F", 14, "20250301083000"));
    assertThat(r.reportedAt()).isEqualTo(Instant.parse("2025-03-01T08:30:00Z"));
  }

  @Test
  void anEncapsulatedReportBecomesAVisiblePlaceholder() {
    ReportDetails r = report(OBR, obx(1, "ED", "18748-4^Report^LN", "^Application^PDF^Base64^JVBERi0=", "F"));
    assertThat(r.text()).contains("attachment of type Application/PDF");
  }

  @Test
  void dicomReferencesAreNotReportText() {
    ReportDetails r = report(OBR, obx(1, "ST", "113014^DICOM Study^DCM", "1.2.3", "F"),
        obx(2, "TX", "", "Report text.", "F"));
    assertThat(r.text()).isEqualTo("Report text.");
  }

  @Test
  void aResultWithoutTextIsAnApplicationError() {
    assertThatThrownBy(() -> report(OBR, obx(1, "NM", "", "65", "F")))
        .isInstanceOfSatisfying(Hl7Rejection.class, e -> assertThat(e.code()).isEqualTo(AckCode.AE));
  }
}
