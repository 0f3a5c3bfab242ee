package org.vigil.turnaround;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.record.ExamId;
import org.vigil.record.Priority;

/**
 * The backlog table: one row per open examination. Reads are public (the dashboard counts from
 * it); writes belong to {@link BacklogKeeper}. Every list reads an index whose leading column is
 * the stage, so a page costs the rows it shows, not the history (ADR 0010).
 */
@Repository
public class Backlog {

  static final String ITEM_COLUMNS = "i.exam_id, i.stage, i.priority, i.priority_rank, "
      + "i.setting, i.modality, "
      + "i.site, i.subspecialty, i.since, i.report_due_at, i.target_seconds, i.list_at, "
      + "i.next_escalation_at, i.critical";

  private static final String ROW_COLUMNS = ITEM_COLUMNS + ", e.accession_number, "
      + "e.procedure_name, e.patient_id, e.requested_at, e.performed_at, e.preliminary_at, "
      + "p.family_name, p.given_name, p.nhs_number, p.birth_date";

  private final JdbcClient jdbc;

  Backlog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<BacklogItem> find(ExamId exam) {
    return jdbc.sql("select " + ITEM_COLUMNS + " from turnaround_item i where i.exam_id = ?")
        .param(exam.value()).query((rs, n) -> item(rs)).optional();
  }

  /** One page of a list, with the patient and examination it shows. */
  public List<BacklogRow> page(BacklogQuery q) {
    // The page is chosen from the backlog table alone (its index gives the order), and only its
    // rows are joined to exam and patient: the planner cannot choose to join first and sort.
    StringBuilder inner = new StringBuilder("select ").append(ITEM_COLUMNS)
        .append(" from turnaround_item i where i.stage = ?");
    List<Object> params = new ArrayList<>();
    params.add(q.list().stage().name());
    if (q.list().isFailSafe()) {
      inner.append(" and i.list_at <= ?");
      params.add(ts(q.now()));
    }
    filter(inner, params, "i.modality", q.modality());
    filter(inner, params, "i.site", q.site());
    filter(inner, params, "i.subspecialty", q.subspecialty());
    inner.append(" order by ").append(q.list().order()).append(" limit ? offset ?");
    params.add(q.size() + 1);
    params.add(q.page() * q.size());
    String sql = "select " + ROW_COLUMNS + " from (" + inner + ") i join exam e on e.id = i.exam_id"
        + " join patient p on p.id = e.patient_id order by " + q.list().order();
    return jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
  }

  /** How many examinations are on a list (for the tabs and the gauges). */
  public long count(BacklogList list, Instant now) {
    if (list.isFailSafe()) {
      return jdbc.sql("select count(*) from turnaround_item where stage = ? and list_at <= ?")
          .params(list.stage().name(), ts(now)).query(Long.class).single();
    }
    return jdbc.sql("select count(*) from turnaround_item where stage = ?")
        .param(list.stage().name()).query(Long.class).single();
  }

  /** Performed and unreported past their target now. */
  public long breached(Instant now) {
    return jdbc.sql("select count(*) from turnaround_item where stage = 'AWAITING_REPORT' "
        + "and report_due_at <= ?").param(ts(now)).query(Long.class).single();
  }

  // ---- writes, for this module only ----

  void save(BacklogItem item, Instant now) {
    int updated = jdbc.sql("update turnaround_item set stage = ?, priority = ?, priority_rank = ?, "
            + "setting = ?, modality = ?, site = ?, subspecialty = ?, since = ?, report_due_at = ?, "
            + "target_seconds = ?, list_at = ?, next_escalation_at = ?, critical = ?, "
            + "updated_at = ? where exam_id = ?")
        .params(values(item, now, false)).update();
    if (updated == 0) {
      jdbc.sql("insert into turnaround_item (stage, priority, priority_rank, setting, modality, "
              + "site, subspecialty, since, report_due_at, target_seconds, list_at, "
              + "next_escalation_at, critical, updated_at, exam_id) values "
              + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(values(item, now, true)).update();
    }
  }

  void remove(ExamId exam) {
    jdbc.sql("delete from turnaround_item where exam_id = ?").param(exam.value()).update();
  }

  List<ExamId> dueForEscalation(Instant now, int limit) {
    return jdbc.sql("select exam_id from turnaround_item where next_escalation_at <= ? "
            + "order by next_escalation_at limit ?")
        .params(ts(now), limit).query((rs, n) -> new ExamId(rs.getObject(1, UUID.class))).list();
  }

  /**
   * Moves the item's next escalation on, unless the item changed since it was read (then the
   * change's own next escalation stands).
   */
  void nextEscalation(BacklogItem read, Instant at) {
    jdbc.sql("update turnaround_item set next_escalation_at = ? where exam_id = ? and stage = ? "
            + "and next_escalation_at = ?")
        .params(ts(at), read.examId().value(), read.stage().name(), ts(read.nextEscalationAt()))
        .update();
  }

  /** Examination ids after {@code after} (null: from the start), for recomputing every item. */
  List<ExamId> idsAfter(UUID after, int limit) {
    var query = after == null
        ? jdbc.sql("select exam_id from turnaround_item order by exam_id limit ?").param(limit)
        : jdbc.sql("select exam_id from turnaround_item where exam_id > ? order by exam_id "
            + "limit ?").params(after, limit);
    return query.query((rs, n) -> new ExamId(rs.getObject(1, UUID.class))).list();
  }

  private static List<Object> values(BacklogItem i, Instant now, boolean insert) {
    List<Object> v = new ArrayList<>();
    v.add(i.stage().name());
    v.add(i.priority().name());
    v.add(i.priority().ordinal());
    v.add(i.setting().name());
    v.add(i.modality());
    v.add(i.site());
    v.add(i.subspecialty());
    v.add(ts(i.since()));
    v.add(ts(i.reportDueAt()));
    v.add(i.target() == null ? null : i.target().toSeconds());
    v.add(ts(i.listAt()));
    v.add(ts(i.nextEscalationAt()));
    v.add(i.critical());
    v.add(ts(now));
    v.add(i.examId().value());
    return v;
  }

  private static void filter(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }

  static BacklogItem item(ResultSet rs) throws SQLException {
    Long target = rs.getObject("target_seconds", Long.class);
    return new BacklogItem(new ExamId(rs.getObject("exam_id", UUID.class)),
        Stage.valueOf(rs.getString("stage")), Priority.valueOf(rs.getString("priority")),
        Setting.valueOf(rs.getString("setting")), rs.getString("modality"), rs.getString("site"),
        rs.getString("subspecialty"), instant(rs, "since"), instant(rs, "report_due_at"),
        target == null ? null : Duration.ofSeconds(target), instant(rs, "list_at"),
        instant(rs, "next_escalation_at"), rs.getBoolean("critical"));
  }

  private static BacklogRow row(ResultSet rs) throws SQLException {
    return new BacklogRow(item(rs), rs.getString("accession_number"),
        rs.getString("procedure_name"), rs.getObject("patient_id", UUID.class),
        rs.getString("family_name"), rs.getString("given_name"), rs.getString("nhs_number"),
        rs.getObject("birth_date", java.time.LocalDate.class), instant(rs, "requested_at"),
        instant(rs, "performed_at"), instant(rs, "preliminary_at"));
  }

  static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
