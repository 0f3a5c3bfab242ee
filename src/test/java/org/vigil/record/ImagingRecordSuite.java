package org.vigil.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.record.RecordFixtures.hl7;
import static org.vigil.record.RecordFixtures.order;
import static org.vigil.record.RecordFixtures.patient;
import static org.vigil.record.RecordFixtures.report;
import static org.vigil.record.RecordFixtures.uniqueMrn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The imaging record against a real database; run on H2 and on PostgreSQL by subclasses. */
@SpringBootTest
@RecordApplicationEvents
abstract class ImagingRecordSuite {

  @Autowired ImagingRecord record;
  @Autowired Patients patients;
  @Autowired Exams exams;
  @Autowired Reports reports;
  @Autowired ApplicationEvents events;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired StoredOrphans orphans;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void aPatientSeenTwiceByTheSameIdentifierIsOnePatient() {
    String mrn = uniqueMrn();
    PatientId first = record.registerPatient(patient(mrn), hl7());
    PatientId second = record.registerPatient(patient(mrn), hl7());
    assertThat(second).isEqualTo(first);
    assertThat(events.stream(PatientRegistered.class)).hasSize(1);
  }

  @Test
  void aMessageThatRepeatsAnIdentifierRegistersThePatientOnce() {
    String mrn = uniqueMrn();
    var repeated = new PatientDetails(List.of(new PatientIdentifier("RX1", mrn, "MR"),
        new PatientIdentifier("RX1", mrn, "PI")), "Smith", "Jane", null, Sex.F);
    PatientId id = record.registerPatient(repeated, hl7());
    assertThat(patients.identifiers(id)).hasSize(1);
    assertThat(record.registerPatient(patient(mrn), hl7())).isEqualTo(id);
  }

  @Test
  void aPatientWithoutAnyUsableIdentifierIsRefused() {
    var noIds = new PatientDetails(List.of(new PatientIdentifier("NHS", "1234567890", "NH")), "X",
        "Y", null, Sex.U);
    assertThatThrownBy(() -> record.registerPatient(noIds, hl7()))
        .isInstanceOf(RecordRejection.class);
  }

  @Test
  void aReportWithoutAnOrderCreatesItsExaminationFromTheResultAndALaterOrderMergesIntoIt() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    ReportId reportId = record.recordReport(patient(mrn),
        report(accession, ReportStatus.FINAL, "No pneumothorax."), hl7());
    Exam fromResult = exams.findByAccession(accession).orElseThrow();
    assertThat(reports.find(reportId)).get().extracting(Report::examId)
        .isEqualTo(fromResult.id());
    assertThat(fromResult.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(fromResult.requester()).isEqualTo("Dr A Requester");
    assertThat(events.stream(ExamOrdered.class)).hasSize(1);

    var order = new OrderDetails(accession, "PL1", null, "XCHES", "XR Chest", "XR", null, null,
        PatientClass.EMERGENCY, "Dr C Orderer", null, null, null, ExamStatus.SCHEDULED, null, null,
        null);
    ExamId merged = record.recordOrder(patient(mrn), order, hl7());

    Exam exam = exams.find(merged).orElseThrow();
    assertThat(merged).isEqualTo(fromResult.id());
    assertThat(exam.requester()).as("the order's requester replaces the result's")
        .isEqualTo("Dr C Orderer");
    assertThat(exam.consultant()).as("kept: the order is silent").isEqualTo("Dr B Consultant");
    assertThat(exam.procedureCode()).isEqualTo("XCHES");
    assertThat(exam.patientClass()).isEqualTo(PatientClass.EMERGENCY);
    assertThat(exam.status()).as("a late 'scheduled' does not undo the report")
        .isEqualTo(ExamStatus.REPORTED);
    assertThat(reports.ofExam(merged)).extracting(Report::id).containsExactly(reportId);
    assertThat(jdbc.queryForObject("select count(*) from exam where accession_number = ?",
        Long.class, accession)).isEqualTo(1L);
  }

  @Test
  void aPreliminaryResultWithoutAnOrderMakesAPreliminarilyReportedExaminationOfUnknownRequestTime() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    var stated = order(accession, null);
    var unstatedRequest = new OrderDetails(accession, null, null, null, null, null, null, null,
        null, stated.requester(), null, stated.team(), stated.site(), null, null, null, null);
    record.recordReport(patient(mrn), new ReportDetails(unstatedRequest, ReportStatus.PRELIMINARY,
        "Prelim.", List.of(), null, null, List.of(), null), hl7());

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.status()).isEqualTo(ExamStatus.PRELIMINARY_REPORTED);
    assertThat(exam.requestedAt()).as("never the receipt time: turnaround would read zero")
        .isNull();
    assertThat(exam.patientClass()).isEqualTo(PatientClass.UNKNOWN);
    assertThat(exams.search(new Exams.ExamQuery(accession, null, null, null, 10, 0)))
        .extracting(Exam::id).containsExactly(exam.id());
  }

  @Test
  void aLaterResultFillsInWhatTheExaminationDoesNotKnowAndReplacesNothing() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    var bare = new OrderDetails(accession, null, null, null, null, null, null, null, null,
        "Dr First", null, null, null, null, null, null, null);
    record.recordReport(patient(mrn), new ReportDetails(bare, ReportStatus.PRELIMINARY, "Prelim.",
        List.of(), null, null, List.of(), null), hl7());

    record.recordReport(patient(mrn), report(accession, ReportStatus.FINAL, "Final."), hl7());

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.requester()).isEqualTo("Dr First");
    assertThat(exam.consultant()).isEqualTo("Dr B Consultant");
    assertThat(exam.team()).isEqualTo("Respiratory");
    assertThat(exam.patientClass()).isEqualTo(PatientClass.INPATIENT);
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
  }

  @Test
  void reportsStoredWithoutAnExaminationBeforeThisChangeAreLinkedAtStartUp() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    PatientId patient = record.registerPatient(patient(mrn), hl7());
    Report orphan = new Report(ReportId.next(), null, patient, accession, 1, ReportStatus.FINAL,
        "Old report.", null, null, List.of(), null, java.time.Instant.now(), "HL7", null);
    new org.springframework.transaction.support.TransactionTemplate(transactions)
        .executeWithoutResult(s -> reports.insert(orphan, List.of()));

    orphans.linkAll();
    orphans.linkAll();

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(reports.find(orphan.id())).get().extracting(Report::examId).isEqualTo(exam.id());
    assertThat(exam.patientId()).isEqualTo(patient);
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(reports.unlinkedAccessions(1000)).doesNotContain(accession);
  }

  @Test
  void aReportsSectionsReadBackAsSentWhetherOrNotTheirTextIsPartOfTheReport() {
    String mrn = uniqueMrn();
    String text = "Findings:\nNo pneumothorax.\n\nImpression:\nNormal. Normal.";
    List<ReportSection> sections = List.of(
        new ReportSection("Findings", "FND", "No pneumothorax."),
        new ReportSection("Impression", "IMP", "Normal."),
        new ReportSection("Impression", "IMP", "Normal."),
        new ReportSection("Addendum", "ADT", "Not in the text: sent apart from it."),
        new ReportSection(null, "GDT", ""));
    var details = new ReportDetails(order("ACC" + mrn, null), ReportStatus.FINAL, text, sections,
        "Dr R Radiologist", null, List.of(), null);

    ReportId id = record.recordReport(patient(mrn), details, hl7());

    assertThat(reports.sections(id)).containsExactlyElementsOf(sections);
  }

  @Test
  void reportVersionsAreNumberedAndAFinalReportCompletesTheExam() {
    String mrn = uniqueMrn();
    String accession = "ACC" + mrn;
    ExamId examId = record.recordOrder(patient(mrn), order(accession, ExamStatus.REQUESTED), hl7());
    record.recordReport(patient(mrn), report(accession, ReportStatus.PRELIMINARY, "Prelim."), hl7());
    assertThat(exams.find(examId).get().status()).isEqualTo(ExamStatus.PRELIMINARY_REPORTED);
    record.recordReport(patient(mrn), report(accession, ReportStatus.FINAL, "Final."), hl7());
    record.recordReport(patient(mrn), report(accession, ReportStatus.ADDENDUM, "Addendum."), hl7());

    assertThat(reports.ofExam(examId)).extracting(Report::sequence, Report::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, ReportStatus.PRELIMINARY),
            org.assertj.core.groups.Tuple.tuple(2, ReportStatus.FINAL),
            org.assertj.core.groups.Tuple.tuple(3, ReportStatus.ADDENDUM));
    Exam exam = exams.find(examId).get();
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(exam.preliminaryAt()).isNotNull();
    assertThat(exam.finalAt()).isNotNull();
    assertThat(events.stream(ReportReceived.class)).hasSize(3);
  }

  @Test
  void afterAMergeTheOldIdentifierFindsTheSurvivingPatientWithAllExams() {
    String survivorMrn = uniqueMrn();
    String oldMrn = uniqueMrn();
    PatientId survivor = record.registerPatient(patient(survivorMrn), hl7());
    PatientId old = record.registerPatient(patient(oldMrn), hl7());
    record.recordOrder(patient(oldMrn), order("ACC" + oldMrn, ExamStatus.REQUESTED), hl7());

    record.mergePatients(patient(survivorMrn), new PatientIdentifier("RX1", oldMrn, "MR"), hl7());

    assertThat(patients.findByIdentifier("RX1", oldMrn)).get().extracting(Patient::id)
        .isEqualTo(survivor);
    assertThat(patients.find(old)).get().extracting(Patient::mergedInto).isEqualTo(survivor);
    assertThat(exams.ofPatient(survivor)).hasSize(1);
    // a report sent later under the old identifier lands on the surviving patient
    ReportId later = record.recordReport(patient(oldMrn),
        report("ACC" + oldMrn, ReportStatus.FINAL, "Normal."), hl7());
    assertThat(reports.find(later).get().patientId()).isEqualTo(survivor);
    assertThat(patients.mergesInto(survivor)).hasSize(1);
  }

  @Test
  void anIdentifierChangeKeepsTheOldIdentifierOnRecordAndResolving() {
    String oldMrn = uniqueMrn();
    String newMrn = uniqueMrn();
    PatientId id = record.registerPatient(patient(oldMrn), hl7());

    record.changeIdentifier(new PatientIdentifier("RX1", oldMrn, "MR"), patient(newMrn), hl7());

    assertThat(patients.findByIdentifier("RX1", newMrn)).get().extracting(Patient::id).isEqualTo(id);
    assertThat(patients.findByIdentifier("RX1", oldMrn)).get().extracting(Patient::id).isEqualTo(id);
    assertThat(patients.identifiers(id))
        .anySatisfy(r -> {
          assertThat(r.identifier().value()).isEqualTo(oldMrn);
          assertThat(r.active()).isFalse();
        });
  }

  @Test
  void examSearchFindsByAccessionNhsNumberAndName() {
    String mrn = uniqueMrn();
    var details = new PatientDetails(List.of(new PatientIdentifier("RX1", mrn, "MR"),
        new PatientIdentifier("NHS", "9434765919", "NH")), "Zebedee" + mrn, "Jane", null, Sex.F);
    record.recordOrder(details, order("ACC" + mrn, ExamStatus.SCHEDULED), hl7());

    assertThat(exams.search(new Exams.ExamQuery("ACC" + mrn, null, null, null, 10, 0))).hasSize(1);
    assertThat(exams.search(new Exams.ExamQuery(null, "9434765919", null, null, 10, 0))).isNotEmpty();
    assertThat(exams.search(new Exams.ExamQuery(null, null, "zebedee" + mrn.toLowerCase(), null, 10,
        0))).hasSize(1);
  }

  @Test
  void theFieldLimitsAreTheColumnSizesSoNoCheckedValueIsCutByTheDatabase() {
    assertThat(List.of(
        column("patient_identifier", "authority", FieldLimits.IDENTIFIER_AUTHORITY),
        column("patient_identifier", "id_value", FieldLimits.IDENTIFIER_VALUE),
        column("patient_identifier", "id_type", FieldLimits.IDENTIFIER_TYPE),
        column("patient", "family_name", FieldLimits.PERSON_NAME),
        column("patient", "given_name", FieldLimits.PERSON_NAME),
        column("exam", "accession_number", FieldLimits.ACCESSION),
        column("exam", "placer_number", FieldLimits.ORDER_NUMBER),
        column("exam", "filler_number", FieldLimits.ORDER_NUMBER),
        column("exam", "procedure_code", FieldLimits.PROCEDURE_CODE),
        column("exam", "procedure_name", FieldLimits.PROCEDURE_NAME),
        column("exam", "modality", FieldLimits.MODALITY),
        column("exam", "body_part", FieldLimits.BODY_PART),
        column("exam", "requester", FieldLimits.CLINICIAN),
        column("exam", "consultant", FieldLimits.CLINICIAN),
        column("exam", "team", FieldLimits.TEAM),
        column("exam", "site", FieldLimits.SITE),
        column("report", "accession_number", FieldLimits.ACCESSION),
        column("report", "radiologist", FieldLimits.CLINICIAN),
        column("report", "abnormal_flag", FieldLimits.ABNORMAL_FLAG),
        column("report", "alert_codes", FieldLimits.ALERT_CODES),
        column("report_section", "heading", FieldLimits.SECTION_HEADING),
        column("report_section", "code", FieldLimits.SECTION_CODE)))
        .allSatisfy(c -> assertThat(c).endsWith("ok"));
  }

  @Test
  void aValueLongerThanItsColumnIsRefusedNamingItNeverCut() {
    String mrn = uniqueMrn();
    assertThatThrownBy(() -> new PatientDetails(List.of(new PatientIdentifier("RX1",
        mrn + "9".repeat(101 - mrn.length()), "MR")), "Bloggs", "Joe", null, Sex.U))
        .isInstanceOfSatisfying(FieldRejection.class,
            r -> assertThat(r.field()).isEqualTo("identifier value"));
  }

  /** "table.column ok" when the column holds exactly {@code limit} characters. */
  private String column(String table, String column, int limit) {
    Integer size = jdbc.queryForObject("select character_maximum_length from"
        + " information_schema.columns where lower(table_name) = ? and lower(column_name) = ?",
        Integer.class, table, column);
    return table + "." + column + " " + size + " vs " + limit + " "
        + (size != null && size == limit ? "ok" : "differs");
  }
}
