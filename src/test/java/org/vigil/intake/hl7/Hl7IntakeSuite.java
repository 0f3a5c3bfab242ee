package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vigil.intake.hl7.Hl7Messages.order;
import static org.vigil.intake.hl7.Hl7Messages.registration;
import static org.vigil.intake.hl7.Hl7Messages.report;
import static org.vigil.intake.hl7.Hl7Messages.unique;
import static org.vigil.support.MllpTestClient.ackCode;
import static org.vigil.support.MllpTestClient.ackText;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.intake.DeadLetter;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.MessageArchive;
import org.vigil.intake.hl7.mllp.MllpServer;
import org.vigil.record.Exam;
import org.vigil.record.ExamStatus;
import org.vigil.record.Exams;
import org.vigil.record.Patient;
import org.vigil.record.Patients;
import org.vigil.record.Priority;
import org.vigil.record.Report;
import org.vigil.record.ReportStatus;
import org.vigil.record.Reports;
import org.vigil.support.FailOnceAfterReportInsert;
import org.vigil.support.MllpTestClient;

/** HL7 intake through the real MLLP socket and a real database; run on H2 and PostgreSQL. */
@SpringBootTest(properties = {
    "vigil.mllp.frame-timeout=2s",
    // long, so that a commit waiting when it need not would show (see the tests that time it)
    "vigil.mllp.commit-delay=10s",
    "vigil.mllp.max-message-bytes=8000000",
    "vigil.mllp.max-stored-bytes=1000000",
    "vigil.mllp.sender-accession-sources[SOMERIS]=OBR-3,ORC-3,OBR-2"})
@Import(FailOnceAfterReportInsert.class)
@AutoConfigureMockMvc
abstract class Hl7IntakeSuite {

  @Autowired MockMvc mvc;
  @Autowired MllpServer server;
  @Autowired Exams exams;
  @Autowired Reports reports;
  @Autowired Patients patients;
  @Autowired MessageArchive archive;
  @Autowired DeadLetters deadLetters;
  @Autowired org.vigil.intake.DataQuality dataQuality;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;

  MllpTestClient client() {
    return new MllpTestClient(server.port());
  }

  String send(String message) {
    try (MllpTestClient client = client()) {
      return client.send(message);
    }
  }

  static String controlIdOf(String message) {
    return message.split("\r")[0].split("\\|")[9];
  }

  @Test
  void acceptsANewOrderAndArchivesItsRawBytesBeforeAcknowledging() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    String message = order(mrn, accession, "NW", "");

    String ack = send(message);

    assertThat(ackCode(ack)).isEqualTo("AA");
    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.status()).isEqualTo(ExamStatus.REQUESTED);
    assertThat(exam.modality()).isEqualTo("XR");
    assertThat(exam.priority()).isEqualTo(Priority.ROUTINE);
    var archived = archive.findByControlId("HL7", "RIS", controlIdOf(message)).orElseThrow();
    assertThat(archived.raw()).isEqualTo(message.getBytes(StandardCharsets.UTF_8));
    assertThat(archived.outcome()).isEqualTo("ACCEPTED");
    assertThat(archived.messageType()).isEqualTo("ORM^O01");
  }

  @Test
  void followsAnOrderThroughScheduledToCancelled() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    assertThat(ackCode(send(order(mrn, accession, "NW", "")))).isEqualTo("AA");
    assertThat(ackCode(send(order(mrn, accession, "SC", "SC")))).isEqualTo("AA");
    assertThat(exams.findByAccession(accession).get().status()).isEqualTo(ExamStatus.SCHEDULED);
    assertThat(ackCode(send(order(mrn, accession, "CA", "CA")))).isEqualTo("AA");
    assertThat(exams.findByAccession(accession).get().status()).isEqualTo(ExamStatus.CANCELLED);
  }

  @Test
  void aCancelForAnUnknownAccessionIsAnApplicationErrorAndKept() {
    String message = order(unique("MRN"), unique("ACC"), "CA", "CA");
    String ack = send(message);
    assertThat(ackCode(ack)).isEqualTo("AE");
    assertThat(deadLetterFor(controlIdOf(message)).reason()).contains("cancel");
  }

  @Test
  void aReportBeforeItsOrderMakesItsExaminationAndTheOrderMergesIntoIt() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    assertThat(ackCode(send(report(mrn, accession, "F", "No pneumothorax.")))).isEqualTo("AA");
    Exam fromResult = exams.findByAccession(accession).orElseThrow();
    assertThat(reports.ofAccession(accession)).singleElement()
        .satisfies(r -> assertThat(r.examId()).isEqualTo(fromResult.id()));

    assertThat(ackCode(send(order(mrn, accession, "NW", "")))).isEqualTo("AA");

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.id()).isEqualTo(fromResult.id());
    assertThat(reports.ofAccession(accession).get(0).examId()).isEqualTo(exam.id());
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
  }

  @Test
  void aReportIsAssembledFromItsObservationsInOrder() {
    String accession = unique("ACC");
    send(report(unique("MRN"), accession, "P", "FINDINGS:", "Small left pleural effusion.",
        "", "IMPRESSION:\\.br\\Effusion \\T\\ atelectasis."));
    Report r = reports.ofAccession(accession).get(0);
    assertThat(r.status()).isEqualTo(ReportStatus.PRELIMINARY);
    assertThat(r.text()).isEqualTo(
        "FINDINGS:\nSmall left pleural effusion.\n\nIMPRESSION:\nEffusion & atelectasis.");
    assertThat(r.radiologist()).isEqualTo("Radiologist, Rita (R789)");
  }

  @Test
  void aResentMessageIsProcessedOnceAndAcknowledgedAgain() {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "Normal chest.");
    assertThat(ackCode(send(message))).isEqualTo("AA");
    String second = send(message);
    assertThat(ackCode(second)).isEqualTo("AA");
    assertThat(ackText(second)).contains("duplicate");
    assertThat(reports.ofAccession(accession)).hasSize(1);
    assertThat(archive.findByControlId("HL7", "RIS", controlIdOf(message)).get().duplicates())
        .isEqualTo(1);
  }

  @Test
  void concurrentResendsOfOneMessageAreProcessedOnce() throws Exception {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "Normal chest.");
    List<String> acks = inParallel(8, i -> send(message));
    assertThat(acks).allSatisfy(ack -> assertThat(ackCode(ack)).isEqualTo("AA"));
    assertThat(reports.ofAccession(accession)).hasSize(1);
  }

  @Test
  void aLoneSenderNeverWaitsForTheCommitDelay() {
    long start = System.nanoTime();
    try (MllpTestClient client = client()) {
      for (int i = 0; i < 5; i++) {
        assertThat(ackCode(client.send(report(unique("MRN"), unique("ACC"), "F", "Text " + i))))
            .isEqualTo("AA");
      }
    }
    // with nothing else in process, no commit waits the 10 s delay for more messages
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void concurrentSendersAreNotHeldForTheCommitDelayByMessagesThatAreRefused() throws Exception {
    String refused = Hl7Samples.dcm4che("SIU_S12-NewAppointmentBooking.hl7");
    long start = System.nanoTime();

    List<String> acks = inParallel(12, i -> send(i % 3 == 0 ? refused
        : report(unique("MRN"), unique("ACC"), "F", "Report " + i)));

    assertThat(acks).extracting(MllpTestClient::ackCode)
        .containsOnly("AA", "AR").filteredOn("AR"::equals).hasSize(4);
    // a commit waits only while a connection may still send: never for one that was refused
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void concurrentMessagesForTheSameNewPatientRegisterThemOnce() throws Exception {
    String mrn = unique("MRN");
    List<String> acks = inParallel(6, i -> send(report(mrn, unique("ACC"), "F", "Text " + i)));
    assertThat(acks).allSatisfy(ack -> assertThat(ackCode(ack)).isEqualTo("AA"));
    Integer owners = jdbc.queryForObject(
        "select count(distinct patient_id) from patient_identifier where id_value = ?",
        Integer.class, mrn);
    assertThat(owners).isEqualTo(1);
  }

  @Test
  void aFailureAfterTheReportInsertLeavesNothingWrittenAndNoAcceptance() {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "Critical finding.");
    FailOnceAfterReportInsert.MARKED.add(accession);

    String ack = send(message);

    assertThat(ackCode(ack)).isEqualTo("AE");
    assertThat(reports.ofAccession(accession)).isEmpty();
    assertThat(archive.findByControlId("HL7", "RIS", controlIdOf(message))).isEmpty();
    assertThat(deadLetterFor(controlIdOf(message)).ackCode()).isEqualTo("AE");

    assertThat(ackCode(send(message))).isEqualTo("AA");
    assertThat(reports.ofAccession(accession)).hasSize(1);
    assertThat(archive.findByControlId("HL7", "RIS", controlIdOf(message))).isPresent();
  }

  @Test
  void aMessageThatFailsInsideAGroupCommitDoesNotTakeTheOthersWithIt() throws Exception {
    List<String> accessions = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      accessions.add(unique("ACC"));
    }
    String failing = accessions.get(11);
    FailOnceAfterReportInsert.MARKED.add(failing);

    List<String> acks = inParallel(accessions.size(),
        i -> send(report(unique("MRN"), accessions.get(i), "F", "Report " + i)));

    for (int i = 0; i < accessions.size(); i++) {
      String expected = accessions.get(i).equals(failing) ? "AE" : "AA";
      assertThat(ackCode(acks.get(i))).as("ack for message %d", i).isEqualTo(expected);
      assertThat(reports.ofAccession(accessions.get(i))).hasSize(expected.equals("AA") ? 1 : 0);
    }
  }

  @Test
  void registersAndUpdatesPatientsFromAdmissionMessages() {
    String mrn = unique("MRN");
    assertThat(ackCode(send(registration("A04", mrn, "First")))).isEqualTo("AA");
    assertThat(ackCode(send(registration("A08", mrn, "Second")))).isEqualTo("AA");
    assertThat(ackCode(send(registration("A31", mrn, "Third")))).isEqualTo("AA");
    Patient p = patients.findByIdentifier("RX1", mrn).orElseThrow();
    assertThat(p.familyName()).isEqualTo("Third");
  }

  @Test
  void acceptsTheDcm4cheAdmissionSamples() {
    String id = unique("P");
    for (String sample : List.of("ADT_A31-UpdatePersonInfo.hl7", "old-ADT_A08.hl7")) {
      String message = Hl7Samples.dcm4che(sample).replace("PID_1", id).replace("583295", id);
      assertThat(ackCode(send(message))).as(sample).isEqualTo("AA");
    }
    assertThat(patients.findByIdentifier("ADT1", id)).isPresent();
  }

  @Test
  void aMergeMovesLaterReportsForTheOldIdentifierToTheSurvivingPatient() {
    String id = unique("P");
    String old = "OLD_" + id;
    send(report(old, unique("ACC"), "F", "Before merge.").replace("^^^RX1^MR", "^^^ADT1"));
    String merge = Hl7Samples.dcm4che("ADT_A40-PatientMerge.hl7").replace("PID_1", id)
        .replace("|1002122|", "|" + Hl7Messages.controlId() + "|");
    assertThat(ackCode(send(merge))).isEqualTo("AA");
    String accession = unique("ACC");

    assertThat(ackCode(send(report(old, accession, "F", "After merge.").replace("^^^RX1^MR", "^^^ADT1"))))
        .isEqualTo("AA");

    Patient survivor = patients.findByIdentifier("ADT1", "NEW_" + id).orElseThrow();
    assertThat(reports.ofAccession(accession).get(0).patientId()).isEqualTo(survivor.id());
    assertThat(reports.ofPatient(survivor.id())).hasSize(2);
  }

  @Test
  void anIdentifierChangeKeepsThePatientFindableByTheNewIdentifier() {
    String id = unique("P");
    send(registration("A04", "OLD_" + id, "Smith").replace("^^^RX1^MR", "^^^ADT1"));
    String change = Hl7Samples.dcm4che("ADT_A47-ChangePatientID.hl7").replace("PID_1", id)
        .replace("|1002123|", "|" + Hl7Messages.controlId() + "|");
    assertThat(ackCode(send(change))).isEqualTo("AA");
    Patient before = patients.findByIdentifier("ADT1", "OLD_" + id).orElseThrow();
    assertThat(patients.findByIdentifier("ADT1", "NEW_" + id)).get()
        .extracting(Patient::id).isEqualTo(before.id());
  }

  @Test
  void acceptsTheDcm4cheOrderAndResultSamplesIncludingEncapsulatedReports() {
    String id = unique("P");
    for (String sample : List.of("ORM_O01-GeneralOrder.hl7", "OMI_O23-ImagingOrder.hl7",
        "old-ORM_O01.hl7", "old-OMI_O23.hl7", "ORU_R01-PDF.hl7", "ORU_R01-CDA.hl7")) {
      String message = Hl7Samples.dcm4che(sample).replace("PID_1", id).replace("583295", id)
          .replace("AccessionNumber", "ACC" + id).replace("A103Z", "A103Z" + id)
          .replace("4711471151", id);
      assertThat(ackCode(send(message))).as(sample).isEqualTo("AA");
    }
    List<Report> pdfAndCda = reports.ofAccession("ACC" + id);
    assertThat(pdfAndCda).hasSize(2);
    assertThat(pdfAndCda).allSatisfy(r -> assertThat(r.text()).contains("attachment of type"));
    assertThat(pdfAndCda).extracting(Report::examId).doesNotContainNull();
  }

  @Test
  void anUnsupportedMessageTypeIsRejectedAndKept() {
    String message = Hl7Samples.dcm4che("SIU_S12-NewAppointmentBooking.hl7");
    String ack = send(message);
    assertThat(ackCode(ack)).isEqualTo("AR");
    assertThat(ackText(ack)).contains("unsupported message type SIU");
  }

  @Test
  void decodesIso88591TextWhenTheBytesAreNotUtf8() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    String message = report(mrn, accession, "F", "Lésion hépatique stable.")
        .replace("Bloggs^Joe", "Bjørk^Zoë");
    try (MllpTestClient client = client()) {
      assertThat(ackCode(client.send(message, StandardCharsets.ISO_8859_1))).isEqualTo("AA");
    }
    assertThat(reports.ofAccession(accession).get(0).text()).isEqualTo("Lésion hépatique stable.");
    assertThat(patients.findByIdentifier("RX1", mrn).get().familyName()).isEqualTo("Bjørk");
  }

  @Test
  void decodesTheCharsetThatMsh18Declares() {
    String accession = unique("ACC");
    String utf8 = report(unique("MRN"), accession, "F", "Ø 5 mm nodule — stable.")
        .replaceFirst("\\|P\\|2\\.4\\|", "|P|2.4||||||UNICODE UTF-8|");
    assertThat(ackCode(send(utf8))).isEqualTo("AA");
    assertThat(reports.ofAccession(accession).get(0).text()).isEqualTo("Ø 5 mm nodule — stable.");
    String latin = report(unique("MRN"), unique("ACC"), "F", "é").replaceFirst(
        "\\|P\\|2\\.4\\|", "|P|2.4||||||8859/1|");
    try (MllpTestClient client = client()) {
      assertThat(ackCode(client.send(latin, StandardCharsets.ISO_8859_1))).isEqualTo("AA");
    }
  }

  @Test
  void acceptsAFiveMegabyteObservation() {
    String accession = unique("ACC");
    String big = "x".repeat(5 * 1024 * 1024);
    String ack = send(report(unique("MRN"), accession, "F", big));
    assertThat(ackCode(ack)).isEqualTo("AA");
    assertThat(reports.ofAccession(accession).get(0).text().length()).isEqualTo(big.length());
  }

  @Test
  void rejectsAMessageAboveTheMaximumSizeAndKeepsItsFirstPart() {
    String message = report(unique("MRN"), unique("ACC"), "F", "y".repeat(9_000_000));
    String ack = send(message);
    assertThat(ackCode(ack)).isEqualTo("AR");
    assertThat(ackText(ack)).contains("exceeds the maximum");
    DeadLetter letter = deadLetterFor(controlIdOf(message));
    assertThat(letter.truncated()).isTrue();
    assertThat(letter.raw()).hasSize(1_000_000);
    assertThat(letter.originalSize()).isEqualTo(message.length());
  }

  @Test
  void anEmptyMessageIsRejectedAndKept() {
    long before = deadLetters.countOpen();
    try (MllpTestClient client = client()) {
      String ack = client.sendFramed(new byte[0]);
      assertThat(ackCode(ack)).isEqualTo("AR");
      assertThat(ackText(ack)).contains("empty");
    }
    assertThat(deadLetters.countOpen()).isEqualTo(before + 1);
  }

  @Test
  void junkBytesOutsideAnyFrameAreAnsweredAndKept() {
    long before = deadLetters.countOpen();
    try (MllpTestClient client = client()) {
      client.write("Bad file\r\n".getBytes(StandardCharsets.US_ASCII));
      String ack = client.readAck();
      assertThat(ackCode(ack)).isEqualTo("AR");
      assertThat(ackText(ack)).contains("outside an MLLP frame");
      assertThat(ackCode(client.send(report(unique("MRN"), unique("ACC"), "F", "ok"))))
          .as("the connection still works").isEqualTo("AA");
    }
    assertThat(deadLetters.list(false, 1000)).anySatisfy(d -> assertThat(d.text()).contains("Bad file"));
    assertThat(deadLetters.countOpen()).isEqualTo(before + 1);
  }

  @Test
  void aStartBlockInsideAMessageRefusesItWholeAndTheNextMessageIsAccepted() {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "Complete report.");
    String next = report(unique("MRN"), unique("ACC"), "F", "Next report.");
    byte[] half = message.substring(0, message.length() / 2).getBytes(StandardCharsets.UTF_8);
    try (MllpTestClient client = client()) {
      client.write(new byte[] {0x0B});
      client.write(half);
      client.write(MllpTestClient.frame(message.getBytes(StandardCharsets.UTF_8)));
      String first = client.readAck();
      assertThat(ackCode(first)).isEqualTo("AR");
      assertThat(ackText(first)).contains("start block (0x0B) inside the message");
      assertThat(ackCode(client.send(next))).isEqualTo("AA");
    }
    DeadLetter letter = deadLetterFor(controlIdOf(message));
    byte[] whole = new byte[half.length + 1 + message.length()];
    System.arraycopy(half, 0, whole, 0, half.length);
    whole[half.length] = 0x0B;
    System.arraycopy(message.getBytes(StandardCharsets.UTF_8), 0, whole, half.length + 1,
        message.length());
    assertThat(letter.raw()).isEqualTo(whole);
    assertThat(reports.ofAccession(accession)).isEmpty();
  }

  @Test
  void aLone0x1cInsideReportTextIsRefusedWholeKeptAndNothingIsStored() {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "No evidence of\u001c pneumothorax.");
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);

    String ack;
    try (MllpTestClient client = client()) {
      ack = client.sendFramed(bytes);
    }

    assertThat(ackCode(ack)).isEqualTo("AR");
    assertThat(ackText(ack)).contains("0x1C not followed by 0x0D");
    DeadLetter letter = deadLetterFor(controlIdOf(message));
    assertThat(letter.raw()).isEqualTo(bytes);
    assertThat(letter.ackCode()).isEqualTo("AR");
    assertThat(reports.ofAccession(accession)).isEmpty();
    assertThat(archive.findByControlId("HL7", "RIS", controlIdOf(message))).isEmpty();
  }

  @Test
  void anEndBlockWhoseCarriageReturnArrivesInALaterPacketStillEndsTheMessage() throws Exception {
    String accession = unique("ACC");
    String message = report(unique("MRN"), accession, "F", "No pneumothorax.");
    try (MllpTestClient client = client()) {
      byte[] framed = MllpTestClient.frame(message.getBytes(StandardCharsets.UTF_8));
      client.write(java.util.Arrays.copyOf(framed, framed.length - 1)); // up to the 0x1C
      Thread.sleep(1_500); // longer than the server's read poll
      client.write(new byte[] {0x0D});
      assertThat(ackCode(client.readAck())).isEqualTo("AA");
    }
    assertThat(reports.ofAccession(accession)).singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("No pneumothorax."));
  }

  @Test
  void aStalledMessageIsAnsweredAfterTheFrameTimeoutAndKept() {
    String message = report(unique("MRN"), unique("ACC"), "F", "Never finished.");
    try (MllpTestClient client = client()) {
      client.write(new byte[] {0x0B});
      client.write(message.substring(0, message.indexOf("PID") + 8).getBytes(StandardCharsets.UTF_8));
      String ack = client.readAck();
      assertThat(ackCode(ack)).isEqualTo("AR");
      assertThat(ackText(ack)).contains("incomplete");
    }
    assertThat(deadLetterFor(controlIdOf(message)).sendingApplication()).isEqualTo("RIS");
  }

  @Test
  void wrongEncodingCharactersAreRejectedAndKept() {
    String message = report(unique("MRN"), unique("ACC"), "F", "x").replace("MSH|^~\\&|", "MSH|^~|");
    String ack = send(message);
    assertThat(ackCode(ack)).isEqualTo("AR");
    assertThat(ackText(ack)).contains("encoding characters");
  }

  @Test
  void aMessageWithoutMshIsRejectedAndKept() {
    long before = deadLetters.countOpen();
    String ack = send(Hl7Messages.pid(unique("MRN")) + "OBX|1|TX|||text\r");
    assertThat(ackCode(ack)).isEqualTo("AR");
    assertThat(ackText(ack)).contains("MSH");
    assertThat(deadLetters.countOpen()).isEqualTo(before + 1);
  }

  @Test
  void answersEveryMessageOfTheScoutLogsAndKeepsTheBadOnes() {
    assertThat(codes("extraction/20250814.log")).hasSize(60)
        .as("results without any OBX have no report text: AE, kept")
        .isEqualTo(expectedCodes("extraction/20250814.log"));
    assertThat(codes("postgres/2024/20240102.log")).containsExactly("AR");
    assertThat(codes("postgres/2023/20230113.log")).containsExactly("AR", "AA", "AA");
    assertThat(codes("postgres/2007/20071021.log")).containsExactly("AA", "AA");
    assertThat(codes("postgres/2019/20190106.log")).containsExactly("AR");
    assertThat(codes("postgres/2016/20160829.log")).containsExactly("AR");
    assertThat(codes("postgres/2019/20190311.log")).containsOnly("AA");
    assertThat(codes("postgres/2011/20110515.log")).containsOnly("AA");

    assertThat(reports.ofAccession("7795083088")).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.PRELIMINARY));
    assertThat(deadLetters.list(false, 1000)).anySatisfy(
        d -> assertThat(d.text()).contains("Unparseable message"));
    assertThat(deadLetters.list(false, 1000)).anySatisfy(
        d -> assertThat(d.text()).contains("(.idx/.msg)"));
  }

  private static List<String> expectedCodes(String log) {
    return Hl7Samples.scoutLog(log).stream()
        .map(wire -> new String(wire, StandardCharsets.ISO_8859_1).contains("\rOBX|") ? "AA" : "AE")
        .toList();
  }

  private List<String> codes(String log) {
    List<String> codes = new ArrayList<>();
    try (MllpTestClient client = client()) {
      for (byte[] wire : Hl7Samples.scoutLog(log)) {
        client.write(wire);
        codes.add(ackCode(client.readAck()));
      }
    }
    return codes;
  }

  @Test
  @WithMockUser(username = "officer", roles = "FAILSAFE_OFFICER")
  void aFixedDeadLetterIsReplayedThroughTheApiAndResolved() throws Exception {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    String good = report(mrn, accession, "F", "Replayed report.");
    String broken = good.replace(mrn + "^^^RX1^MR", "");
    assertThat(ackCode(send(broken))).isEqualTo("AE");
    DeadLetter letter = deadLetterFor(controlIdOf(broken));

    mvc.perform(get("/api/dead-letters")).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == '" + letter.id() + "')].reason").exists());
    mvc.perform(post("/api/dead-letters/{id}/replay", letter.id()).with(csrf()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(false));
    assertThat(deadLetters.find(letter.id()).get().status()).isEqualTo(DeadLetter.Status.OPEN);

    String corrected = "{\"text\": " + com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .build().writeValueAsString(good.replace("\r", "\n")) + "}";
    mvc.perform(post("/api/dead-letters/{id}/replay", letter.id()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(corrected))
        .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(true));

    DeadLetter resolved = deadLetters.find(letter.id()).get();
    assertThat(resolved.status()).isEqualTo(DeadLetter.Status.RESOLVED);
    assertThat(resolved.resolvedBy()).isEqualTo("officer");
    assertThat(resolved.replayCount()).isEqualTo(2);
    assertThat(reports.ofAccession(accession)).hasSize(1);
    assertThat(archive.find(resolved.resolvedMessageId()).get().deadLetterId())
        .isEqualTo(letter.id());
    mvc.perform(post("/api/dead-letters/{id}/replay", letter.id()).with(csrf()))
        .andExpect(status().isConflict());
  }

  @Test
  @WithMockUser(username = "officer", roles = "FAILSAFE_OFFICER")
  void theDeadLetterPageShowsTheMessageEscapedInAProtectedReplayForm() throws Exception {
    String message = report(unique("MRN"), unique("ACC"), "F", "<script>alert(1)</script>")
        .replace("ORU^R01", "ORU^R99");
    send(message);
    DeadLetter letter = deadLetterFor(controlIdOf(message));

    mvc.perform(get("/intake/dead-letters")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(letter.id().toString())));
    mvc.perform(get("/intake/dead-letters/{id}", letter.id())).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")))
        .andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString("<script>alert"))))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
  }

  @Test
  void countsAndTimesMessagesByTypeAndAnswer() {
    send(report(unique("MRN"), unique("ACC"), "F", "Counted."));
    assertThat(meters.counter("vigil.hl7.messages.accepted", "type", "ORU^R01", "ack", "AA")
        .count()).isPositive();
    assertThat(meters.counter("vigil.hl7.messages.received", "type", "ORU^R01").count())
        .isPositive();
    assertThat(meters.find("vigil.hl7.processing.time").timers()).isNotEmpty();
  }

  @Test
  void keepsUpWithManyReportsOverSeveralConnections() throws Exception {
    int connections = 4;
    int perConnection = 250;
    long start = System.nanoTime();
    List<String> acks = inParallel(connections, c -> {
      try (MllpTestClient client = client()) {
        String last = "AA";
        for (int i = 0; i < perConnection; i++) {
          String ack = ackCode(client.send(report(unique("MRN"), unique("ACC"), "F",
              "FINDINGS:", "The lungs are clear.", "IMPRESSION:", "Normal chest.")));
          last = ack.equals("AA") ? last : ack;
        }
        return last;
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("HL7 throughput: %d ORU^R01 over %d connections in %.1f s = %.0f/s%n",
        connections * perConnection, connections, seconds, connections * perConnection / seconds);
    assertThat(acks).containsOnly("AA");
  }

  List<String> inParallel(int n, ThrowingFunction task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit((Callable<String>) () -> task.apply(index)));
      }
      List<String> results = new ArrayList<>();
      for (Future<String> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  interface ThrowingFunction {
    String apply(int index) throws Exception;
  }

  @Test
  void anAccessionOneCharacterTooLongIsRefusedNamingObr3AndNeverStoredCut() {
    String accession = unique("ACC") + "X".repeat(64);
    accession = accession.substring(accession.length() - 65);
    String message = report(unique("MRN"), accession, "F", "No evidence of pneumothorax.");

    String ack = send(message);

    assertThat(ackCode(ack)).isEqualTo("AE");
    assertThat(ackText(ack)).startsWith("OBR-3 ").contains("64");
    assertThat(ack).contains("ERR||OBR^1^3|104^Value too long^HL70357");
    DeadLetter letter = deadLetterFor(controlIdOf(message));
    assertThat(letter.ackCode()).isEqualTo("AE");
    assertThat(letter.raw()).isEqualTo(message.getBytes(StandardCharsets.UTF_8));
    assertThat(exams.findByAccession(accession.substring(0, 64))).isEmpty();
    assertThat(reports.ofAccession(accession.substring(0, 64))).isEmpty();
    assertThat(archive.findByControlId("HL7", "RIS", controlIdOf(message))).isEmpty();
  }

  @Test
  void twoPatientsWhoseIdentifiersDifferOnlyAfterTheHundredthCharacterAreNeverMerged() {
    String shared = unique("MRN") + "9".repeat(100);
    shared = shared.substring(shared.length() - 100);
    String first = registration("A04", shared + "1", "First");
    String second = registration("A04", shared + "2", "Second");

    String firstAck = send(first);
    String secondAck = send(second);

    assertThat(ackCode(firstAck)).isEqualTo("AE");
    assertThat(ackCode(secondAck)).isEqualTo("AE");
    assertThat(ackText(firstAck)).startsWith("PID-3.1 ");
    assertThat(firstAck).contains("ERR||PID^1^3^1^1|104^");
    assertThat(patients.findByIdentifier("RX1", shared)).isEmpty();
    assertThat(patients.findByIdentifier("RX1", shared + "1")).isEmpty();
    assertThat(deadLetterFor(controlIdOf(first)).raw())
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(deadLetterFor(controlIdOf(second)).raw())
        .isEqualTo(second.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anImpossibleObservationTimeIsAcceptedKeptUnknownAndListedForDataQuality() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    assertThat(ackCode(send(order(mrn, accession, "NW", "")))).isEqualTo("AA");
    String message = report(mrn, accession, "F", "No pneumothorax.")
        .replace("|20250301110000|", "|20251301110000|"); // OBR-7 in month 13

    assertThat(ackCode(send(message))).isEqualTo("AA");

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.performedAt()).as("neither the receipt time nor the report time").isNull();
    assertThat(exam.finalAt()).isEqualTo(java.time.LocalDateTime.of(2025, 3, 1, 12, 0)
        .atZone(java.time.ZoneId.of("Europe/London")).toInstant());
    assertThat(dataQuality.ofAccession(accession)).singleElement().satisfies(issue -> {
      assertThat(issue.field()).isEqualTo("OBR-7");
      assertThat(issue.rawValue()).isEqualTo("20251301110000");
      assertThat(issue.messageId())
          .isEqualTo(archive.findByControlId("HL7", "RIS", controlIdOf(message)).get().id());
    });
  }

  @Test
  void anImpossibleReportTimeStaysUnknownWhenTheReportCameBeforeItsOrder() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    String message = report(mrn, accession, "F", "No pneumothorax.")
        .replace("|20250301120000|", "|NOTADATE|"); // OBR-22
    assertThat(ackCode(send(message))).isEqualTo("AA");

    assertThat(ackCode(send(order(mrn, accession, "NW", "")))).isEqualTo("AA");

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(exam.finalAt()).as("not the receipt time").isNull();
    assertThat(reports.ofAccession(accession).get(0).reportedAt()).isNull();
  }

  @Test
  void anImpossibleReportTimeIsNeverReplacedByTheReceiptTime() {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    assertThat(ackCode(send(order(mrn, accession, "NW", "")))).isEqualTo("AA");
    String message = report(mrn, accession, "F", "No pneumothorax.")
        .replace("|20250301110000|", "|20250230110000|") // OBR-7 on 30 February
        .replace("|20250301120000|", "|NOTADATE|"); // OBR-22

    assertThat(ackCode(send(message))).isEqualTo("AA");

    Exam exam = exams.findByAccession(accession).orElseThrow();
    assertThat(exam.status()).isEqualTo(ExamStatus.REPORTED);
    assertThat(exam.performedAt()).isNull();
    assertThat(exam.finalAt()).isNull();
    assertThat(reports.ofAccession(accession).get(0).reportedAt()).isNull();
    assertThat(dataQuality.ofAccession(accession)).extracting(i -> i.field() + "=" + i.rawValue())
        .containsExactlyInAnyOrder("OBR-7=20250230110000", "OBR-22=NOTADATE");
  }

  @Test
  void anUnreadableMessageTimeIsAcceptedAndListedForDataQuality() {
    String mrn = unique("MRN");
    String message = registration("A08", mrn, "Dateless").replace("|20250301101500||", "|NOTADATE||");

    assertThat(ackCode(send(message))).isEqualTo("AA");

    var archived = archive.findByControlId("HL7", "RIS", controlIdOf(message)).orElseThrow();
    assertThat(dataQuality.list(1000)).filteredOn(i -> i.messageId().equals(archived.id()))
        .singleElement().satisfies(issue -> {
          assertThat(issue.field()).isEqualTo("MSH-7");
          assertThat(issue.rawValue()).isEqualTo("NOTADATE");
          assertThat(issue.accessionNumber()).isNull();
        });
  }

  @Test
  @WithMockUser(username = "manager", roles = "MANAGER")
  void theDataQualityPageListsTheExamTheFieldAndTheValueAsSent() throws Exception {
    String mrn = unique("MRN");
    String accession = unique("ACC");
    send(report(mrn, accession, "F", "No pneumothorax.")
        .replace("|20250301110000|", "|2025<b>13|"));

    mvc.perform(get("/intake/data-quality")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(accession)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("OBR-7")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("2025&lt;b&gt;13")));
  }

  @Test
  @WithMockUser(username = "doctor", roles = "REFERRER")
  void theDataQualityPageIsNotForReferrers() throws Exception {
    mvc.perform(get("/intake/data-quality")).andExpect(status().isForbidden());
  }

  DeadLetter deadLetterFor(String controlId) {
    return deadLetters.list(true, 1000).stream()
        .filter(d -> controlId.equals(d.controlId())).findFirst()
        .orElseThrow(() -> new AssertionError("no dead letter for " + controlId));
  }
}
