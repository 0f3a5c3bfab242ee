package org.vigil.turnaround;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.record.ExamId;

/** Escalations and their notices. Reads are public; writes belong to this module. */
@Repository
public class Escalations {

  private final JdbcClient jdbc;

  Escalations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Escalation> ofExam(ExamId exam) {
    return jdbc.sql("select * from turnaround_escalation where exam_id = ? order by escalated_at")
        .param(exam.value()).query((rs, n) -> escalation(rs)).list();
  }

  public List<Notice> noticesOf(UUID escalation) {
    return jdbc.sql("select * from turnaround_notice where escalation_id = ? order by channel, "
        + "recipient").param(escalation).query((rs, n) -> notice(rs)).list();
  }

  /** The in-app notices of these recipients (a user and, for the fail-safe office, its role). */
  public List<NoticeRow> inbox(List<String> recipients, int limit) {
    if (recipients.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(recipients.size(), "?"));
    List<Object> params = new ArrayList<>(recipients);
    params.add(limit);
    return jdbc.sql("select n.id, n.recipient, n.created_at, n.seen_at, s.exam_id, s.breach, "
            + "s.due_at, e.accession_number, e.modality, e.site, e.priority, e.procedure_name, "
            + "e.patient_id, p.family_name, p.given_name, p.nhs_number "
            + "from turnaround_notice n join turnaround_escalation s on s.id = n.escalation_id "
            + "join exam e on e.id = s.exam_id join patient p on p.id = e.patient_id "
            + "where n.channel = 'IN_APP' and n.recipient in (" + marks + ") "
            + "order by n.created_at desc limit ?")
        .params(params).query((rs, n) -> new NoticeRow(rs.getObject("id", UUID.class),
            rs.getString("recipient"), Backlog.instant(rs, "created_at"),
            Backlog.instant(rs, "seen_at"), new ExamId(rs.getObject("exam_id", UUID.class)),
            Breach.valueOf(rs.getString("breach")), Backlog.instant(rs, "due_at"),
            rs.getString("accession_number"), rs.getString("modality"), rs.getString("site"),
            rs.getString("priority"), rs.getString("procedure_name"),
            rs.getObject("patient_id", UUID.class), rs.getString("family_name"),
            rs.getString("given_name"), rs.getString("nhs_number"))).list();
  }

  // ---- writes ----

  /** Records the escalation; throws DuplicateKeyException when it was already escalated. */
  void insert(Escalation e) {
    jdbc.sql("insert into turnaround_escalation (id, exam_id, breach, due_at, escalated_at, lead) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(e.id(), e.examId().value(), e.breach().name(), Backlog.ts(e.dueAt()),
            Backlog.ts(e.escalatedAt()), e.lead())
        .update();
  }

  void insertNotice(UUID escalation, String channel, String recipient, boolean delivered,
      Instant now) {
    jdbc.sql("insert into turnaround_notice (id, escalation_id, channel, recipient, status, "
            + "attempts, next_attempt_at, created_at, delivered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), escalation, channel, recipient,
            delivered ? "DELIVERED" : "PENDING", 0, delivered ? null : Backlog.ts(now),
            Backlog.ts(now), delivered ? Backlog.ts(now) : null)
        .update();
  }

  /** The lead marks a notice seen (only their own, or their office's). */
  public void markSeen(UUID notice, List<String> recipients, Instant now) {
    for (String r : recipients) {
      jdbc.sql("update turnaround_notice set seen_at = ? where id = ? and recipient = ? "
          + "and seen_at is null").params(Backlog.ts(now), notice, r).update();
    }
  }

  /** Emails waiting to be sent now. */
  List<UUID> dueEmails(Instant now, int limit) {
    return jdbc.sql("select id from turnaround_notice where next_attempt_at <= ? "
            + "and channel = 'EMAIL' and status = 'PENDING' order by next_attempt_at limit ?")
        .params(Backlog.ts(now), limit).query(UUID.class).list();
  }

  /** Claims a pending email for one attempt; false when another node took it. */
  boolean claim(UUID notice, Instant now) {
    return jdbc.sql("update turnaround_notice set status = 'SENDING', attempts = attempts + 1, "
            + "next_attempt_at = null where id = ? and status = 'PENDING' and next_attempt_at <= ?")
        .params(notice, Backlog.ts(now)).update() == 1;
  }

  void delivered(UUID notice, Instant now) {
    jdbc.sql("update turnaround_notice set status = 'DELIVERED', delivered_at = ? where id = ?")
        .params(Backlog.ts(now), notice).update();
  }

  void failed(UUID notice, String error, Instant retryAt) {
    jdbc.sql("update turnaround_notice set status = ?, next_attempt_at = ?, last_error = ? "
            + "where id = ?")
        .params(retryAt == null ? "FAILED" : "PENDING", Backlog.ts(retryAt),
            error == null ? null : error.substring(0, Math.min(error.length(), 1000)), notice)
        .update();
  }

  EmailNotice email(UUID notice) {
    return jdbc.sql("select n.recipient, n.attempts, s.breach, s.due_at, e.accession_number, "
            + "e.modality, e.site, s.exam_id from turnaround_notice n "
            + "join turnaround_escalation s on s.id = n.escalation_id "
            + "join exam e on e.id = s.exam_id where n.id = ?")
        .param(notice).query((rs, n) -> new EmailNotice(notice, rs.getString("recipient"),
            rs.getInt("attempts"), Breach.valueOf(rs.getString("breach")),
            Backlog.instant(rs, "due_at"), rs.getString("accession_number"),
            rs.getString("modality"), rs.getString("site"),
            new ExamId(rs.getObject("exam_id", UUID.class)))).single();
  }

  /** What an escalation email may say: no patient, no report text. */
  record EmailNotice(UUID id, String recipient, int attempts, Breach breach, Instant dueAt,
      String accessionNumber, String modality, String site, ExamId examId) {}

  private static Escalation escalation(ResultSet rs) throws SQLException {
    return new Escalation(rs.getObject("id", UUID.class),
        new ExamId(rs.getObject("exam_id", UUID.class)), Breach.valueOf(rs.getString("breach")),
        Backlog.instant(rs, "due_at"), Backlog.instant(rs, "escalated_at"), rs.getString("lead"));
  }

  private static Notice notice(ResultSet rs) throws SQLException {
    return new Notice(rs.getObject("id", UUID.class), rs.getObject("escalation_id", UUID.class),
        rs.getString("channel"), rs.getString("recipient"), rs.getString("status"),
        rs.getInt("attempts"), Backlog.instant(rs, "created_at"),
        Backlog.instant(rs, "delivered_at"), Backlog.instant(rs, "seen_at"));
  }
}
