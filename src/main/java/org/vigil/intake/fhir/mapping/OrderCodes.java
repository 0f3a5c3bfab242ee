package org.vigil.intake.fhir.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.vigil.record.ExamStatus;
import org.vigil.record.Priority;

/** Order vocabularies between FHIR ServiceRequest and Vigil's exam: status, priority, modality. */
final class OrderCodes {

  static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

  /** Words in a procedure name that name its modality, checked in this order (a heuristic);
   * abbreviations must be in capitals. */
  private static final Map<Pattern, String> MODALITY_WORDS = new java.util.LinkedHashMap<>();

  static {
    MODALITY_WORDS.put(word("PET|PET-CT|(?i:positron\\w*)"), "PT");
    MODALITY_WORDS.put(word("CT|CTA|(?i:computed tomography)"), "CT");
    MODALITY_WORDS.put(word("MR|MRI|MRA|(?i:magnetic resonance)"), "MR");
    MODALITY_WORDS.put(word("US|(?i:ultrasound|ultrasonography|sonography|doppler)"), "US");
    MODALITY_WORDS.put(word("(?i:mammogra\\w*|mammo)"), "MG");
    MODALITY_WORDS.put(word("(?i:fluoroscop\\w*)"), "RF");
    MODALITY_WORDS.put(word("NM|(?i:nuclear medicine|scintigra\\w*)"), "NM");
    MODALITY_WORDS.put(word("XR|(?i:x-ray|xray|radiograph\\w*)"), "DX");
  }

  private OrderCodes() {}

  /** The exam status a ServiceRequest status asks for; null means "no change". */
  static ExamStatus examStatus(ServiceRequestStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case DRAFT, ACTIVE, ONHOLD -> ExamStatus.REQUESTED;
      case REVOKED, ENTEREDINERROR -> ExamStatus.CANCELLED;
      case COMPLETED -> ExamStatus.PERFORMED;
      default -> null;
    };
  }

  static ServiceRequestStatus requestStatus(ExamStatus status) {
    return switch (status) {
      case REQUESTED, SCHEDULED, IN_PROGRESS -> ServiceRequestStatus.ACTIVE;
      case PERFORMED, PRELIMINARY_REPORTED, REPORTED -> ServiceRequestStatus.COMPLETED;
      case CANCELLED, DISCONTINUED -> ServiceRequestStatus.REVOKED;
    };
  }

  static Priority priority(ServiceRequestPriority priority) {
    if (priority == null || priority == ServiceRequestPriority.NULL) {
      return null;
    }
    return switch (priority) {
      case STAT -> Priority.EMERGENCY_DEPARTMENT;
      case URGENT, ASAP -> Priority.URGENT;
      default -> Priority.ROUTINE;
    };
  }

  static ServiceRequestPriority requestPriority(Priority priority) {
    return switch (priority) {
      case EMERGENCY_DEPARTMENT -> ServiceRequestPriority.STAT;
      case URGENT, TWO_WEEK_WAIT -> ServiceRequestPriority.URGENT;
      default -> ServiceRequestPriority.ROUTINE;
    };
  }

  /** A DICOM modality coding in any of the concepts, else one guessed from the procedure's words. */
  static Optional<String> modality(List<CodeableConcept> explicit, CodeableConcept procedure) {
    Optional<String> coded = explicit.stream().flatMap(c -> c.getCoding().stream())
        .filter(c -> DICOM.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode).findFirst();
    if (coded.isPresent() || procedure == null) {
      return coded;
    }
    String words = procedure.getText() + " " + procedure.getCoding().stream()
        .map(Coding::getDisplay).filter(d -> d != null).reduce("", (a, b) -> a + " " + b);
    return MODALITY_WORDS.entrySet().stream()
        .filter(e -> e.getKey().matcher(words).find())
        .map(Map.Entry::getValue).findFirst();
  }

  static CodeableConcept modalityConcept(String modality) {
    CodeableConcept concept = new CodeableConcept();
    concept.addCoding().setSystem(DICOM).setCode(modality.toUpperCase(Locale.ROOT));
    return concept;
  }

  private static Pattern word(String alternatives) {
    return Pattern.compile("(?<![\\w-])(" + alternatives + ")(?![\\w-])");
  }
}
