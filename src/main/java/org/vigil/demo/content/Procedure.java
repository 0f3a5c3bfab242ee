package org.vigil.demo.content;

/**
 * An orderable imaging examination: a NICIP-style code and name, the DICOM modality, the family
 * of report wording, and (for limb radiographs) the body part and the bone named in a fracture.
 */
public record Procedure(String code, String name, String modality, ExamKind kind, String part,
    String bone) {

  /** OBR-4 / IPC-7 as code^text^coding system. */
  public String coded() {
    return code + "^" + Hl7.escape(name) + "^NICIP";
  }
}
