package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.util.List;
import java.util.Locale;
import org.vigil.record.ReportSection;
import org.vigil.record.ReportStatus;

/**
 * The report version's status: OBR-25, else the first OBX-11 that says one. P/R preliminary,
 * F final, C corrected, A addendum (as Vigil's senders use it); the words "Preliminary", "Final",
 * "Corrected", "Addendum" too. A final report with an addendum section is an ADDENDUM. Nothing
 * stated is PRELIMINARY: Vigil never assumes a report is final.
 */
final class ReportStatusMapping {

  private ReportStatusMapping() {}

  static ReportStatus status(OrderUnit unit, List<ReportSection> sections) {
    ReportStatus status = unit.obr() == null ? null : of(text(unit.obr().getResultStatus()));
    for (OBX obx : unit.observations()) {
      if (status != null) {
        break;
      }
      status = of(text(obx.getObservationResultStatus()));
    }
    if (status == null) {
      status = ReportStatus.PRELIMINARY;
    }
    boolean addendumSection = sections.stream().anyMatch(ReportText::isAddendum);
    return addendumSection && status.isFinal() ? ReportStatus.ADDENDUM : status;
  }

  static ReportStatus of(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.strip().toUpperCase(Locale.ROOT)) {
      case "P", "R", "PRELIMINARY" -> ReportStatus.PRELIMINARY;
      case "F", "FINAL", "FINALIZED", "FINALISED" -> ReportStatus.FINAL;
      case "C", "CORRECTED", "CORRECTION", "AMENDED" -> ReportStatus.CORRECTED;
      case "A", "ADDENDUM" -> ReportStatus.ADDENDUM;
      default -> null;
    };
  }
}
