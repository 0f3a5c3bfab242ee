package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import ca.uhn.hl7v2.model.v251.segment.IPC;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import java.util.Locale;
import java.util.Map;

/**
 * The modality (DICOM codes; plain radiography as XR): OBR-24 diagnostic service section (HL7
 * table 0074 or a DICOM code), else IPC-5, else a recognisable prefix of the procedure code or a
 * word in the procedure name. Unknown stays null rather than guessed from weak hints.
 */
final class Modality {

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("CT", "CT"), Map.entry("CAT", "CT"), Map.entry("MR", "MR"), Map.entry("MRI", "MR"),
      Map.entry("NMR", "MR"), Map.entry("US", "US"), Map.entry("RUS", "US"), Map.entry("VUS", "US"),
      Map.entry("OUS", "US"), Map.entry("NM", "NM"), Map.entry("NMS", "NM"), Map.entry("PT", "PT"),
      Map.entry("PET", "PT"), Map.entry("MG", "MG"), Map.entry("MAM", "MG"), Map.entry("XR", "XR"),
      Map.entry("DX", "XR"), Map.entry("CR", "XR"), Map.entry("RX", "XR"), Map.entry("RF", "RF"),
      Map.entry("XRC", "RF"), Map.entry("XA", "XA"), Map.entry("DXA", "DXA"), Map.entry("BMD", "DXA"),
      Map.entry("IR", "XA"), Map.entry("IO", "IO"), Map.entry("OT", "OT"));

  private Modality() {}

  static String of(OBR obr, IPC ipc, String procedureCode, String procedureName) {
    String fromSection = obr == null ? null : code(text(obr.getDiagnosticServSectID()));
    if (fromSection != null) {
      return fromSection;
    }
    String fromIpc = ipc == null ? null : code(text(ipc.getModality().getIdentifier()));
    if (fromIpc != null) {
      return fromIpc;
    }
    String fromCode = prefix(procedureCode);
    return fromCode != null ? fromCode : fromName(procedureName);
  }

  static String code(String value) {
    return value == null ? null : CODES.get(value.strip().toUpperCase(Locale.ROOT));
  }

  private static String prefix(String procedureCode) {
    if (procedureCode == null || procedureCode.length() < 3) {
      return null;
    }
    String upper = procedureCode.toUpperCase(Locale.ROOT);
    for (String p : new String[] {"CT", "MR", "US", "NM", "MG", "XR", "PT"}) {
      if (upper.startsWith(p) && !Character.isLetter(upper.charAt(2))) {
        return CODES.get(p);
      }
    }
    return null;
  }

  private static String fromName(String name) {
    if (name == null) {
      return null;
    }
    String n = " " + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ") + " ";
    if (n.contains(" CT ")) {
      return "CT";
    }
    if (n.contains(" MRI ") || n.contains(" MR ")) {
      return "MR";
    }
    if (n.contains(" ULTRASOUND ") || n.contains(" US ")) {
      return "US";
    }
    if (n.contains("MAMMO")) {
      return "MG";
    }
    if (n.contains(" XR ") || n.contains(" X RAY ") || n.contains(" RADIOGRAPH")) {
      return "XR";
    }
    return null;
  }
}
