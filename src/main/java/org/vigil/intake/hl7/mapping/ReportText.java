package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.component;
import static org.vigil.intake.hl7.mapping.Hl7Fields.firstNonNull;

import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.ExtraComponents;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.record.FieldLimits;
import org.vigil.record.ReportSection;

/**
 * The text of a report from its OBX segments, in order, whatever their set ids (duplicates are
 * common). TX/FT/ST/CE/CWE values are text; ED (PDF, CDA...) becomes a placeholder saying what
 * is attached; DICOM reference OBX (coding system DCM, "... UID") and other value types are not
 * report text. Consecutive OBX with the same OBX-3 code form a section.
 */
record ReportText(String text, List<ReportSection> sections) {

  private static final Set<String> TEXT_TYPES = Set.of("TX", "FT", "ST", "CE", "CWE", "CF", "");
  private static final Map<String, String> HEADINGS = Map.of(
      "GDT", "Report", "IMP", "Impression", "ADT", "Addendum", "ADD", "Addendum",
      "TCM", "Technologist comment", "FND", "Findings", "REC", "Recommendation",
      "HIS", "Clinical history", "18782-3", "Findings", "19005-8", "Impression");

  static ReportText of(List<OBX> observations, Charset charset) {
    List<String> lines = new ArrayList<>();
    List<ReportSection> sections = new ArrayList<>();
    String sectionKey = null;
    String sectionHeading = null;
    List<String> sectionLines = new ArrayList<>();
    for (OBX obx : observations) {
      List<String> obxLines = lines(obx, charset);
      if (obxLines == null) {
        continue;
      }
      String key = sectionKey(obx.getObservationIdentifier());
      if (key != null && !key.equals(sectionKey)) {
        addSection(sections, sectionKey, sectionHeading, sectionLines);
        sectionKey = key;
        sectionHeading = heading(obx.getObservationIdentifier(), key);
        sectionLines = new ArrayList<>();
      }
      lines.addAll(obxLines);
      sectionLines.addAll(obxLines);
    }
    addSection(sections, sectionKey, sectionHeading, sectionLines);
    return new ReportText(join(lines), sections);
  }

  static boolean isAddendum(ReportSection section) {
    String code = section.code() == null ? "" : section.code().toUpperCase(Locale.ROOT);
    String heading = section.heading() == null ? "" : section.heading().toUpperCase(Locale.ROOT);
    return code.equals("ADT") || code.equals("ADD") || code.contains("ADDENDUM")
        || heading.contains("ADDENDUM");
  }

  /** The lines of one OBX, or null when it carries no report text. */
  private static List<String> lines(OBX obx, Charset charset) {
    String type = firstNonNull(Hl7Fields.text(obx.getValueType()), "").toUpperCase(Locale.ROOT);
    if (isDicomReference(obx.getObservationIdentifier())) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    if (type.equals("ED")) {
      for (Varies value : obx.getObservationValue()) {
        lines.add(placeholder(value.getData()));
      }
      return lines;
    }
    if (!TEXT_TYPES.contains(type)) {
      return null;
    }
    for (Varies value : obx.getObservationValue()) {
      String raw = value.getData() instanceof Composite composite
          ? firstNonNull(component(composite, 1), component(composite, 0), "")
          : firstNonNull(Hl7Fields.text(value), "");
      lines.addAll(Hl7Text.plain(raw, charset).lines().toList());
    }
    if (lines.isEmpty()) {
      lines.add(""); // an empty OBX is a blank line (a paragraph break) in most RIS feeds
    }
    return lines;
  }

  static String placeholder(Type ed) {
    String type = firstNonNull(component(ed, 1), "unknown type");
    String subtype = component(ed, 2);
    String kind = subtype == null ? type : type + "/" + subtype;
    return "[This report is an attachment of type " + kind + " that Vigil cannot read as text."
        + " It is archived with the message; read the original in the RIS or PACS.]";
  }

  private static boolean isDicomReference(CE id) {
    String system = Hl7Fields.text(id.getNameOfCodingSystem());
    String name = Hl7Fields.text(id.getText());
    return "DCM".equalsIgnoreCase(system)
        || (name != null && name.toUpperCase(Locale.ROOT).endsWith(" UID"));
  }

  /**
   * OBX-3 identifier. In "&GDT" style codes HAPI reads the code as a second subcomponent, which
   * it keeps among the identifier's extra components: the first non-blank one is the code.
   */
  static String sectionKey(CE id) {
    String code = Hl7Fields.text(id.getIdentifier());
    ExtraComponents subcomponents = id.getIdentifier().getExtraComponents();
    for (int i = 0; code == null && i < subcomponents.numComponents(); i++) {
      code = Hl7Fields.text(subcomponents.getComponent(i));
    }
    return code == null ? Hl7Fields.text(id.getText()) : code;
  }

  private static String heading(CE id, String key) {
    String name = Hl7Fields.text(id.getText());
    if (name != null) {
      return name;
    }
    return HEADINGS.getOrDefault(key.toUpperCase(Locale.ROOT), key);
  }

  private static void addSection(List<ReportSection> sections, String key, String heading,
      List<String> lines) {
    if (key != null && !lines.isEmpty()) {
      sections.add(new ReportSection(Hl7Fields.fit(heading, FieldLimits.SECTION_HEADING, "OBX-3.2"),
          Hl7Fields.fit(key, FieldLimits.SECTION_CODE, "OBX-3.1"), join(lines)));
    }
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines).strip();
  }
}
