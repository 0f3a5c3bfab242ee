package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.record.ExamStatus;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.record.ReportStatus;

class Dcm4cheSamplesTest {

  @Test
  void readsTheImagingOrderWithItsAccessionFromIpc() {
    var order = Mapped.order(Hl7Samples.dcm4che("OMI_O23-ImagingOrder.hl7")).order();
    assertThat(order.accessionNumber()).isEqualTo("AccessionNumber");
    assertThat(order.placerNumber()).isEqualTo("PlacerOrderNumberImagingServiceRequest");
    assertThat(order.fillerNumber()).isEqualTo("FillerOrderNumberImagingServiceRequest");
    assertThat(order.modality()).isEqualTo("CT");
    assertThat(order.patientClass()).isEqualTo(PatientClass.EMERGENCY);
    assertThat(order.priority()).isEqualTo(Priority.EMERGENCY_DEPARTMENT);
    assertThat(order.status()).isEqualTo(ExamStatus.SCHEDULED);
    assertThat(order.scheduledAt()).isNotNull();
  }

  @Test
  void readsAnEncapsulatedPdfReportAsAVisiblePlaceholder() {
    var report = Mapped.report(Hl7Samples.dcm4che("ORU_R01-PDF.hl7")).report();
    assertThat(report.text()).contains("attachment of type").contains("PDF");
    assertThat(report.status()).isEqualTo(ReportStatus.FINAL);
    assertThat(report.accessionNumber()).isEqualTo("AccessionNumber");
  }

  @Test
  void readsAnEncapsulatedCdaReportAsAVisiblePlaceholder() {
    var report = Mapped.report(Hl7Samples.dcm4che("ORU_R01-CDA.hl7")).report();
    assertThat(report.text()).contains("attachment of type").doesNotContain("2.16.840");
  }
}
