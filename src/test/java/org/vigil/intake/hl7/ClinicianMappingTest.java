package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.directory.ClinicianKey;
import org.vigil.directory.SeenClinician;

/** The people and teams a message names become directory sightings; a result owns its exam. */
class ClinicianMappingTest {

  static final String RESULT = "MSH|^~\\&|RIS|SITE1|VIGIL|TRUST|20250301101500||ORU^R01|C1|P|2.5\r"
      + "PID|1||MRN1^^^RX1^MR||Bloggs^Joe||19600101|M\r"
      + "PV1|1|E|ED^^^SITE1||||A7^Attending^Ann^^^^^^GMC|R8^Referring^Rob|K9^Consulting^Kay"
      + "|RESP|||||||D17^Admitting^Dan\r"
      + "ORC|RE|PL1|ACC1|||||||||O12^Orderer^Olga^^^^^^NHSE\r"
      + "OBR|1|PL1|ACC1|XCHES^XR Chest|||20250301110000|||||||||O12^Orderer^Olga^^^^^^NHSE||||||"
      + "20250301120000|||F|||||||R32&Radiologist&Rita&&&&&&RAD\r"
      + "OBX|1|TX|&GDT||Normal chest.||||||F\r";

  @Test
  void everyPersonFieldWithAnIdBecomesAnEntryKeyedByItsAssigningAuthority() {
    var seen = Mapped.report(RESULT).sighting();

    assertThat(seen.clinicians()).extracting(SeenClinician::key).containsExactlyInAnyOrder(
        new ClinicianKey("NHSE", "O12"), new ClinicianKey("RAD", "R32"),
        new ClinicianKey("GMC", "A7"), new ClinicianKey(null, "R8"),
        new ClinicianKey(null, "K9"), new ClinicianKey(null, "D17"));
    assertThat(seen.clinicians()).filteredOn(c -> c.key().code().equals("O12"))
        .extracting(SeenClinician::name).containsExactly("Orderer, Olga");
    assertThat(seen.teams()).containsExactly("RESP");
  }

  @Test
  void aPersonWithoutAnIdIsNotAnEntry() {
    var seen = Mapped.report(RESULT.replace("O12^Orderer", "^Orderer")).sighting();
    assertThat(seen.clinicians()).extracting(c -> c.key().code()).doesNotContain("O12", "");
  }

  @Test
  void aResultCarriesTheOwnerOfTheExaminationItMayCreate() {
    var order = Mapped.report(RESULT).report().order();

    assertThat(order.requester()).isEqualTo("Orderer, Olga (O12)");
    assertThat(order.consultant()).isEqualTo("Attending, Ann (A7)");
    assertThat(order.team()).isEqualTo("RESP");
    assertThat(order.site()).isEqualTo("SITE1");
    assertThat(order.patientClass()).isEqualTo(org.vigil.record.PatientClass.EMERGENCY);
  }

  @Test
  void theConsultingDoctorIsTheConsultantWhenNoAttendingIsNamed() {
    var order = Mapped.report(RESULT.replace("A7^Attending^Ann^^^^^^GMC", "")).report().order();
    assertThat(order.consultant()).isEqualTo("Consulting, Kay (K9)");
  }
}
