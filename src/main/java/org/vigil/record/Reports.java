package org.vigil.record;

import static org.vigil.record.Columns.enumValue;
import static org.vigil.record.Columns.instant;
import static org.vigil.record.Columns.name;
import static org.vigil.record.Columns.ts;
import static org.vigil.record.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Report versions in the record. */
@Repository
public class Reports {

  private static final String COLUMNS =
      "id, exam_id, patient_id, accession_number, sequence_no, status, report_text, radiologist, "
          + "abnormal_flag, alert_codes, reported_at, received_at, source, source_message";

  private final JdbcClient jdbc;

  Reports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Report> find(ReportId id) {
    return jdbc.sql("select " + COLUMNS + " from report where id = ?")
        .param(id.value())
        .query(Reports::map)
        .optional();
  }

  /** The report versions with these ids that exist, in no particular order. */
  public List<Report> findAll(Collection<ReportId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from report where id = any(?)")
        .param(UuidArray.of(ids.stream().map(ReportId::value).toList()))
        .query(Reports::map)
        .list();
  }

  /**
   * The length in characters of each of these reports' text, so that a reader can take large ones
   * a few at a time instead of loading them all at once.
   */
  public Map<ReportId, Long> textLengths(Collection<ReportId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<ReportId, Long> lengths = new HashMap<>();
    jdbc.sql("select id, char_length(report_text) n from report where id = any(?)")
        .param(UuidArray.of(ids.stream().map(ReportId::value).toList()))
        .query((rs, i) -> lengths.put(new ReportId(uuid(rs, "id")), rs.getLong("n")))
        .list();
    return lengths;
  }

  /** All versions for an examination, oldest first. */
  public List<Report> ofExam(ExamId exam) {
    return jdbc.sql("select " + COLUMNS + " from report where exam_id = ? order by sequence_no")
        .param(exam.value())
        .query(Reports::map)
        .list();
  }

  /** All versions for an accession number, including any still waiting for their order. */
  public List<Report> ofAccession(String accessionNumber) {
    return jdbc.sql("select " + COLUMNS + " from report where accession_number = ? order by sequence_no")
        .param(accessionNumber)
        .query(Reports::map)
        .list();
  }

  public List<Report> ofPatient(PatientId patient) {
    return jdbc.sql("select " + COLUMNS + " from report where patient_id = ? "
            + "order by received_at desc, sequence_no desc")
        .param(patient.value())
        .query(Reports::map)
        .list();
  }

  /** Reports received most recently first. */
  public List<Report> recent(int limit, int offset) {
    return jdbc.sql("select " + COLUMNS + " from report order by received_at desc limit ? offset ?")
        .params(limit, offset)
        .query(Reports::map)
        .list();
  }

  /** Reports still waiting for their order. */
  public List<Report> unlinked(int limit) {
    return jdbc.sql("select " + COLUMNS + " from report where exam_id is null "
            + "order by received_at limit ?")
        .param(limit)
        .query(Reports::map)
        .list();
  }

  /** Accession numbers that have reports without an examination, oldest first. */
  List<String> unlinkedAccessions(int limit) {
    return jdbc.sql("select accession_number from report where exam_id is null "
            + "group by accession_number order by min(received_at) limit ?")
        .param(limit)
        .query(String.class)
        .list();
  }

  public List<ReportSection> sections(ReportId id) {
    return jdbc.sql("select s.heading, s.code, s.section_text, s.text_start, s.text_end, "
            + "r.report_text from report_section s join report r on r.id = s.report_id "
            + "where s.report_id = ? order by s.position")
        .param(id.value())
        .query((rs, n) -> new ReportSection(rs.getString("heading"), rs.getString("code"),
            sectionText(rs)))
        .list();
  }

  /** A section's own text, or the part of the report's text where it lies. */
  private static String sectionText(ResultSet rs) throws SQLException {
    String own = rs.getString("section_text");
    return own != null ? own
        : rs.getString("report_text").substring(rs.getInt("text_start"), rs.getInt("text_end"));
  }

  public long count() {
    return jdbc.sql("select count(*) from report").query(Long.class).single();
  }

  // ---- writes, for the record module only ----

  int nextSequence(String accessionNumber) {
    return jdbc.sql("select coalesce(max(sequence_no), 0) + 1 from report where accession_number = ?")
        .param(accessionNumber)
        .query(Integer.class)
        .single();
  }

  void insert(Report r, List<ReportSection> sections) {
    jdbc.sql("insert into report (" + COLUMNS + ") values (" + "?, ".repeat(13) + "?)")
        .params(Arrays.asList(r.id().value(), r.examId() == null ? null : r.examId().value(),
            r.patientId().value(), r.accessionNumber(), r.sequence(), name(r.status()), r.text(),
            r.radiologist(), r.abnormalFlag(),
            r.alertCodes().isEmpty() ? null : String.join(",", r.alertCodes()),
            ts(r.reportedAt()), ts(r.receivedAt()), r.source(), r.sourceMessage()))
        .update();
    for (int i = 0; i < sections.size(); i++) {
      ReportSection s = sections.get(i);
      int start = s.text().isEmpty() ? -1 : r.text().indexOf(s.text());
      jdbc.sql("insert into report_section (report_id, position, heading, code, section_text, "
              + "text_start, text_end) values (?, ?, ?, ?, ?, ?, ?)")
          .params(Arrays.asList(r.id().value(), i, s.heading(), s.code(),
              start < 0 ? s.text() : null, start < 0 ? null : start,
              start < 0 ? null : start + s.text().length()))
          .update();
    }
  }

  /** Links reports waiting for this accession number; returns the reports linked. */
  /** Whether reports of this accession wait for their examination (stored before it existed). */
  boolean hasWaiting(String accessionNumber) {
    return !jdbc.sql("select id from report where accession_number = ? and exam_id is null "
            + "fetch first 1 rows only")
        .param(accessionNumber).query((rs, n) -> 1).list().isEmpty();
  }

  List<ReportId> linkWaiting(String accessionNumber, ExamId exam, PatientId patient) {
    List<ReportId> waiting = jdbc.sql(
            "select id from report where accession_number = ? and exam_id is null")
        .param(accessionNumber)
        .query((rs, n) -> new ReportId(uuid(rs, "id")))
        .list();
    if (!waiting.isEmpty()) {
      jdbc.sql("update report set exam_id = ?, patient_id = ? where accession_number = ? "
              + "and exam_id is null")
          .params(exam.value(), patient.value(), accessionNumber)
          .update();
    }
    return waiting;
  }

  int movePatient(PatientId from, PatientId to) {
    return jdbc.sql("update report set patient_id = ? where patient_id = ?")
        .params(to.value(), from.value())
        .update();
  }

  static Report map(ResultSet rs, int row) throws SQLException {
    var exam = uuid(rs, "exam_id");
    String codes = rs.getString("alert_codes");
    return new Report(
        new ReportId(uuid(rs, "id")),
        exam == null ? null : new ExamId(exam),
        new PatientId(uuid(rs, "patient_id")),
        rs.getString("accession_number"),
        rs.getInt("sequence_no"),
        enumValue(ReportStatus.class, rs, "status"),
        rs.getString("report_text"),
        rs.getString("radiologist"),
        rs.getString("abnormal_flag"),
        codes == null ? List.of() : List.of(codes.split(",")),
        instant(rs, "reported_at"),
        instant(rs, "received_at"),
        rs.getString("source"),
        uuid(rs, "source_message"));
  }

}
