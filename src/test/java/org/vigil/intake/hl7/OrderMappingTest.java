package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.intake.hl7.Hl7Messages.seg;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.record.ExamStatus;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

class OrderMappingTest {

  private static String message(String pv1, String orc, String obr, String extra) {
    return Hl7Messages.msh("ORM^O01", "2.5.1", null) + Hl7Messages.pid("RX1") + pv1 + orc + obr
        + extra;
  }

  private static OrderDetails order(String pv1, String orc, String obr) {
    return Mapped.order(message(pv1, orc, obr, "")).order();
  }

  private static final String PV1 = seg("PV1", 2, "O");
  private static final String ORC = seg("ORC", 1, "NW", 2, "PL1", 3, "FL1");
  private static final String OBR = seg("OBR", 1, 1, 2, "PL1", 3, "FL1", 4, "XCHES^XR Chest");

  @Test
  void prefersTheImagingAccessionThenObr18ThenFillerThenPlacer() {
    assertThat(order(PV1, ORC, seg("OBR", 2, "PL1", 3, "FL1", 18, "ACC18")).accessionNumber())
        .isEqualTo("ACC18");
    assertThat(order(PV1, ORC, OBR).accessionNumber()).isEqualTo("FL1");
    assertThat(order(PV1, seg("ORC", 1, "NW", 2, "PL2"), seg("OBR", 4, "X")).accessionNumber())
        .isEqualTo("PL2");
    String omi = message(PV1, ORC, OBR, seg("IPC", 1, "IPCACC", 5, "MR")).replace("ORM^O01", "OMI^O23");
    assertThat(Mapped.order(omi).order().accessionNumber()).isEqualTo("IPCACC");
    assertThat(Mapped.order(omi).order().modality()).isEqualTo("MR");
  }

  @Test
  void aSenderCanSayWhereItsAccessionIs() {
    var commands = Mapped.commands(message(PV1, ORC, seg("OBR", 2, "PL1", 3, "FL1", 18, "CHEST"), ""),
        List.of("OBR-3", "OBR-2"));
    assertThat(((Hl7Command.RecordOrder) commands.get(0)).order().accessionNumber()).isEqualTo("FL1");
  }

  @Test
  void refusesAnOrderWithoutAnyAccession() {
    assertThatThrownBy(() -> order(PV1, seg("ORC", 1, "NW"), seg("OBR", 4, "X")))
        .hasMessageContaining("no accession number");
  }

  @Test
  void readsTheStatusFromOrderControlThenOrderStatusThenResultStatus() {
    assertThat(order(PV1, ORC, OBR).status()).isEqualTo(ExamStatus.REQUESTED);
    assertThat(order(PV1, seg("ORC", 1, "SC", 3, "F", 5, "SC"), OBR).status()).isEqualTo(ExamStatus.SCHEDULED);
    assertThat(order(PV1, seg("ORC", 1, "SC", 3, "F", 5, "IP"), OBR).status()).isEqualTo(ExamStatus.IN_PROGRESS);
    assertThat(order(PV1, seg("ORC", 1, "SC", 3, "F", 5, "CM"), OBR).status()).isEqualTo(ExamStatus.PERFORMED);
    assertThat(order(PV1, seg("ORC", 1, "CA", 3, "F"), OBR).status()).isEqualTo(ExamStatus.CANCELLED);
    assertThat(order(PV1, seg("ORC", 1, "DC", 3, "F"), OBR).status()).isEqualTo(ExamStatus.DISCONTINUED);
    assertThat(order(PV1, seg("ORC", 1, "XO", 3, "F"), OBR).status()).isNull();
    assertThat(order(PV1, seg("ORC", 1, "SC", 3, "F"), seg("OBR", 3, "F", 25, "S")).status())
        .isEqualTo(ExamStatus.SCHEDULED);
  }

  @Test
  void readsPriorityFromTimingFieldsAndPatientClass() {
    assertThat(order(PV1, ORC, seg("OBR", 3, "F", 27, "^^^^^S")).priority()).isEqualTo(Priority.URGENT);
    assertThat(order(PV1, ORC, seg("OBR", 3, "F", 27, "^^^^^A")).priority()).isEqualTo(Priority.URGENT);
    assertThat(order(PV1, ORC, seg("OBR", 3, "F", 27, "^^^^^R")).priority()).isEqualTo(Priority.ROUTINE);
    assertThat(order(PV1, ORC, seg("OBR", 3, "F", 27, "^^^^^2WW")).priority()).isEqualTo(Priority.TWO_WEEK_WAIT);
    assertThat(order(PV1, ORC, seg("OBR", 3, "F", 5, "STAT")).priority()).isEqualTo(Priority.URGENT);
    assertThat(order(seg("PV1", 2, "E"), ORC, seg("OBR", 3, "F", 27, "^^^^^R")).priority())
        .isEqualTo(Priority.EMERGENCY_DEPARTMENT);
    assertThat(order(seg("PV1", 2, "I"), ORC, OBR).priority()).isEqualTo(Priority.INPATIENT);
    assertThat(order(PV1, ORC, OBR).priority()).isNull();
    String tq1 = message(PV1, ORC, OBR, "").replace("OBR|", seg("TQ1", 9, "S^Stat") + "OBR|");
    assertThat(Mapped.order(tq1).order().priority()).isEqualTo(Priority.URGENT);
  }

  @Test
  void readsPatientClass() {
    assertThat(order(seg("PV1", 2, "E"), ORC, OBR).patientClass()).isEqualTo(PatientClass.EMERGENCY);
    assertThat(order(seg("PV1", 2, "I"), ORC, OBR).patientClass()).isEqualTo(PatientClass.INPATIENT);
    assertThat(order(seg("PV1", 2, "O"), ORC, OBR).patientClass()).isEqualTo(PatientClass.OUTPATIENT);
    assertThat(order(seg("PV1", 2, "X"), ORC, OBR).patientClass()).isEqualTo(PatientClass.UNKNOWN);
  }

  @Test
  void readsProcedureModalityBodyPartAndPeople() {
    OrderDetails o = order(seg("PV1", 2, "O", 3, "WARD^^^SITE2", 7, "C1^Consultant^Carol", 10, "RAD"),
        seg("ORC", 1, "NW", 3, "F", 12, "G1^Doctor^Gina"),
        seg("OBR", 3, "F", 4, "CTHEAD^CT Head^LOCAL", 15, "^^^HEAD", 16, "G2^Other^Olga"));
    assertThat(o.procedureCode()).isEqualTo("CTHEAD");
    assertThat(o.procedureName()).isEqualTo("CT Head");
    assertThat(o.modality()).isEqualTo("CT");
    assertThat(o.bodyPart()).isEqualTo("HEAD");
    assertThat(o.requester()).isEqualTo("Doctor, Gina (G1)");
    assertThat(o.consultant()).isEqualTo("Consultant, Carol (C1)");
    assertThat(o.team()).isEqualTo("RAD");
    assertThat(o.site()).isEqualTo("RAD_SITE");
  }

  @Test
  void readsRequestedScheduledAndPerformedTimes() {
    OrderDetails o = order(PV1, seg("ORC", 1, "SC", 3, "F", 5, "CM"),
        seg("OBR", 3, "F", 6, "20250101090000", 7, "20250102100000", 27, "^^^20250102093000"));
    assertThat(o.requestedAt()).isEqualTo(Instant.parse("2025-01-01T09:00:00Z"));
    assertThat(o.scheduledAt()).isEqualTo(Instant.parse("2025-01-02T09:30:00Z"));
    assertThat(o.performedAt()).isEqualTo(Instant.parse("2025-01-02T10:00:00Z"));
    OrderDetails fresh = order(PV1, seg("ORC", 1, "NW", 3, "F", 9, "20250101080000"), seg("OBR", 3, "F"));
    assertThat(fresh.requestedAt()).isEqualTo(Instant.parse("2025-01-01T08:00:00Z"));
    assertThat(fresh.performedAt()).isNull();
  }

  @Test
  void readsEveryOrderOfAMessage() {
    String two = message(PV1, ORC, OBR, seg("ORC", 1, "NW", 3, "FL2") + seg("OBR", 3, "FL2", 4, "US^US Abdomen"));
    assertThat(Mapped.commands(two)).hasSize(2);
  }
}
