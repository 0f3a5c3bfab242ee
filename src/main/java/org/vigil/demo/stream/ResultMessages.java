package org.vigil.demo.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Hl7.Segment;
import org.vigil.demo.content.ReportContent;
import org.vigil.demo.content.Staff;

/**
 * ORU^R01 reports: one OBX per line (TX, OBX-3 coding the section) or a single FT OBX with
 * \.br\ line breaks. Status P (preliminary), F (final) or C (corrected, also for addenda).
 */
final class ResultMessages {

  private static final char CR = '\r';
  private static final String[] SECTION_CODES = {
      "55752-0^Clinical information^LN", "59776-5^Procedure findings^LN",
      "19005-8^Impression^LN"};
  private static final String WHOLE_REPORT = "18748-4^Diagnostic imaging study^LN";

  private ResultMessages() {}

  static String report(DemoOrder o, String status, ReportContent content, Staff.Clinician author,
      Instant at, String controlId) {
    DemoPatient p = o.patient().at(at);
    Segment obr = OrderMessages.obrBase(o).set(7, Hl7.ts(o.performedAt()))
        .set(8, Hl7.ts(o.completedAt())).set(22, Hl7.ts(at)).set(25, status)
        .set(32, author.code() + "&" + Hl7.escape(author.surname()) + "&"
            + Hl7.escape(author.forename()) + "&&&Dr");
    StringBuilder m = new StringBuilder()
        .append(Segments.msh("RIS", o.site(), at, "ORU^R01^ORU_R01", controlId)).append(CR)
        .append(Segments.pid(p, at)).append(CR)
        .append(Segments.pd1(p)).append(CR)
        .append(Segments.pv1(o)).append(CR)
        .append(OrderMessages.orcBase(o, "RE", "CM", at)).append(CR)
        .append(obr).append(CR);
    List<String> lines = new ArrayList<>(content.lines());
    lines.add("");
    lines.add("Reported by: " + author.display() + ", "
        + (status.equals("P") ? "Specialty Registrar" : "Consultant Radiologist"));
    for (String obx : o.reportAsFormattedText()
        ? formatted(lines, content.abnormalFlag(), status, at, author)
        : lineByLine(lines, content.abnormalFlag(), status, at, author, duplicateSetIds(o))) {
      m.append(obx).append(CR);
    }
    return m.toString();
  }

  private static List<String> formatted(List<String> lines, String flag, String status,
      Instant at, Staff.Clinician author) {
    String text = String.join("\\.br\\", lines.stream().map(Hl7::escape).toList());
    return List.of(obx(1, "FT", WHOLE_REPORT, "", text, flag, status, at, author));
  }

  /** One OBX per line; a few systems restart OBX-1 in each section, so some reports do too. */
  private static List<String> lineByLine(List<String> lines, String flag, String status,
      Instant at, Staff.Clinician author, boolean restartSetIdPerSection) {
    List<String> obx = new ArrayList<>();
    int section = 0;
    int setId = 0;
    for (String line : lines) {
      if (line.equals("Findings:") || line.equals("Conclusion:")) {
        section++;
        setId = restartSetIdPerSection ? 0 : setId;
      }
      setId++;
      obx.add(obx(setId, "TX", SECTION_CODES[section], String.valueOf(section + 1),
          Hl7.escape(line), flag, status, at, author));
    }
    return obx;
  }

  private static String obx(int setId, String type, String code, String subId, String value,
      String flag, String status, Instant at, Staff.Clinician author) {
    return new Segment("OBX").set(1, String.valueOf(setId)).set(2, type).set(3, code)
        .set(4, subId).set(5, value).set(8, flag).set(11, status).set(14, Hl7.ts(at))
        .set(16, author.xcn()).toString();
  }

  private static boolean duplicateSetIds(DemoOrder o) {
    return Math.floorMod(o.accessionNumber().hashCode(), 10) == 0;
  }
}
