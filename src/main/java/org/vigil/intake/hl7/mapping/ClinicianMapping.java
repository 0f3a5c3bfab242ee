package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.text;

import ca.uhn.hl7v2.model.v251.datatype.CNN;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import java.util.ArrayList;
import java.util.List;
import org.vigil.directory.SeenClinician;
import org.vigil.directory.Sighting;

/**
 * The clinicians and teams a message names, for the directory: ORC-12 and OBR-16 (ordering
 * provider), PV1-7/8/9/17 (attending, referring, consulting, admitting), OBR-32 (principal result
 * interpreter) and OBX-16 (responsible observer), each keyed by its assigning authority (XCN-9 /
 * CNN-9) and ID; PV1-10 hospital service as the team. A person without an ID is not kept: a name
 * alone cannot safely key a directory entry.
 */
final class ClinicianMapping {

  private ClinicianMapping() {}

  static Sighting of(OrderUnit unit, PV1 pv1) {
    List<SeenClinician> seen = new ArrayList<>();
    if (unit.orc() != null) {
      add(seen, unit.orc().getOrderingProvider());
    }
    if (unit.obr() != null) {
      add(seen, unit.obr().getOrderingProvider());
      add(seen, unit.obr().getPrincipalResultInterpreter().getNDLName());
    }
    for (OBX obx : unit.observations()) {
      add(seen, obx.getResponsibleObserver());
    }
    List<String> teams = new ArrayList<>();
    if (pv1 != null) {
      add(seen, pv1.getAttendingDoctor());
      add(seen, pv1.getReferringDoctor());
      add(seen, pv1.getConsultingDoctor());
      add(seen, pv1.getAdmittingDoctor());
      String team = text(pv1.getHospitalService());
      if (team != null) {
        teams.add(team);
      }
    }
    return new Sighting(seen, teams);
  }

  private static void add(List<SeenClinician> seen, XCN... people) {
    for (XCN xcn : people) {
      seen.add(SeenClinician.of(text(xcn.getAssigningAuthority().getNamespaceID()),
          text(xcn.getIDNumber()), Hl7Fields.person(null, text(xcn.getFamilyName().getSurname()),
              text(xcn.getGivenName()))));
    }
  }

  private static void add(List<SeenClinician> seen, CNN cnn) {
    seen.add(SeenClinician.of(text(cnn.getAssigningAuthorityNamespaceID()), text(cnn.getIDNumber()),
        Hl7Fields.person(null, text(cnn.getFamilyName()), text(cnn.getGivenName()))));
  }
}
