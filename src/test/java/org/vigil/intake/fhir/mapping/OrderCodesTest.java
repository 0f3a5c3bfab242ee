package org.vigil.intake.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.vigil.record.ExamStatus;
import org.vigil.record.Priority;

class OrderCodesTest {

  @Test
  void aDicomModalityCodingWinsOverTheProcedureName() {
    CodeableConcept procedure = new CodeableConcept().setText("CT chest");
    assertThat(OrderCodes.modality(List.of(OrderCodes.modalityConcept("mr")), procedure))
        .contains("MR");
  }

  @Test
  void theModalityIsReadFromTheWordsOfTheProcedureName() {
    assertThat(modalityOf("Chest CT")).contains("CT");
    assertThat(modalityOf("PET-CT whole body")).contains("PT");
    assertThat(modalityOf("Ultrasound abdomen")).contains("US");
    assertThat(modalityOf("X-ray left wrist")).contains("DX");
    assertThat(modalityOf("MRI head")).contains("MR");
    assertThat(modalityOf("Check for us")).isEmpty();
    assertThat(modalityOf("Scan of something")).isEmpty();
  }

  @Test
  void statAndAsapAreUrgentAndARevokedRequestCancelsTheExam() {
    assertThat(OrderCodes.priority(ServiceRequestPriority.STAT))
        .isEqualTo(Priority.EMERGENCY_DEPARTMENT);
    assertThat(OrderCodes.priority(ServiceRequestPriority.ASAP)).isEqualTo(Priority.URGENT);
    assertThat(OrderCodes.priority(null)).isNull();
    assertThat(OrderCodes.examStatus(ServiceRequestStatus.REVOKED)).isEqualTo(ExamStatus.CANCELLED);
    assertThat(OrderCodes.examStatus(ServiceRequestStatus.UNKNOWN)).isNull();
    assertThat(OrderCodes.requestStatus(ExamStatus.REPORTED))
        .isEqualTo(ServiceRequestStatus.COMPLETED);
  }

  private static java.util.Optional<String> modalityOf(String name) {
    return OrderCodes.modality(List.of(), new CodeableConcept().setText(name));
  }
}
