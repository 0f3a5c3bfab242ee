package org.vigil.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.findings.AlertCategory;
import org.vigil.record.ExamId;
import org.vigil.record.PatientId;
import org.vigil.record.ReportId;

/**
 * Stored alerts. Saving stores the aggregate's new transitions and publishes its new events in
 * the caller's transaction; an update made meanwhile by another node (its version moved on) is
 * refused with {@link OptimisticLockingFailureException}, so each transition happens once.
 */
@Repository
public class Alerts {

  static final String COLUMNS = "id, accession_number, report_id, exam_id, patient_id, radiologist, "
      + "requester, consultant, team, site, category, source, state, escalation_level, created_at, "
      + "acknowledge_by, action_by, next_due_at, ack_user, ack_at, ack_method, ack_read_back, "
      + "action_kind, action_reason, action_user, action_at, end_reason, assignee, version";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Alerts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  public Optional<Alert> find(AlertId id) {
    return jdbc.sql("select " + COLUMNS + " from alert where id = ?").param(id.value())
        .query(Alerts::map).optional();
  }

  /** Every alert ever raised for this examination that was not withdrawn, oldest first. */
  public List<Alert> ofAccession(String accessionNumber) {
    return jdbc.sql("select " + COLUMNS + " from alert where accession_number = ? "
            + "and state <> 'WITHDRAWN' order by created_at")
        .param(accessionNumber).query(Alerts::map).list();
  }

  /** Alerts whose next deadline has passed, most overdue first (read from the due index). */
  List<AlertId> due(Instant now, int limit) {
    return jdbc.sql("select id from alert where next_due_at <= ? order by next_due_at limit ?")
        .param(ts(now)).param(limit)
        .query((rs, n) -> new AlertId(rs.getObject(1, UUID.class))).list();
  }

  /** Alerts matching a query, the most pressing deadline first. */
  public List<Alert> search(AlertQuery q) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (!q.states().isEmpty()) {
      where.append(" and state in (:states)");
      params.put("states", q.states().stream().map(Enum::name).toList());
    }
    condition(where, params, "category", q.category() == null ? null : q.category().name());
    condition(where, params, "accession_number", q.accession());
    condition(where, params, "patient_id", q.patient() == null ? null : q.patient().value());
    condition(where, params, "site", q.site());
    condition(where, params, "team", q.team());
    if (q.raisedBefore() != null) {
      where.append(" and created_at < :raisedBefore");
      params.put("raisedBefore", ts(q.raisedBefore()));
    }
    scoped(where, params, q.scope());
    return jdbc.sql("select " + COLUMNS + " from alert" + where
            + " order by next_due_at nulls last, created_at limit " + q.limit())
        .params(params).query(Alerts::map).list();
  }

  /** The open alerts on these examinations within a viewer's scope, in one query. */
  List<Alert> openOfExams(java.util.Collection<ExamId> examIds, AlertQuery.Scope scope) {
    StringBuilder where = new StringBuilder(" where exam_id in (:exams) and state in (:states)");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("exams", examIds.stream().map(ExamId::value).distinct().toList());
    params.put("states", AlertState.open().stream().map(Enum::name).toList());
    scoped(where, params, scope);
    return jdbc.sql("select " + COLUMNS + " from alert" + where).params(params)
        .query(Alerts::map).list();
  }

  private static void scoped(StringBuilder where, java.util.Map<String, Object> params,
      AlertQuery.Scope scope) {
    if (scope.inboxes() != null) {
      where.append(" and (id in (select alert_id from alert_delivery where channel = 'IN_APP' "
          + "and recipient in (:inboxes))");
      params.put("inboxes", scope.inboxes().isEmpty() ? List.of("-") : scope.inboxes());
      if (scope.teams() != null && !scope.teams().isEmpty()) {
        where.append(" or team in (:teams)");
        params.put("teams", scope.teams());
      }
      where.append(")");
    }
    if (scope.sites() != null && !scope.sites().isEmpty()) {
      where.append(" and site in (:sites)");
      params.put("sites", scope.sites());
    }
  }

  private static void condition(StringBuilder where, java.util.Map<String, Object> params,
      String column, Object value) {
    if (value != null && !"".equals(value)) {
      where.append(" and ").append(column).append(" = :").append(column);
      params.put(column, value);
    }
  }

  public List<Transition> history(AlertId id) {
    return jdbc.sql("select at, actor, what, from_state, to_state, detail from alert_transition "
            + "where alert_id = ? order by id")
        .param(id.value())
        .query((rs, n) -> new Transition(instant(rs, "at"), rs.getString("actor"),
            rs.getString("what"), state(rs.getString("from_state")),
            state(rs.getString("to_state")), rs.getString("detail")))
        .list();
  }

  /** Stores a new alert; a second alert for the same accession and category is refused. */
  void add(Alert alert) {
    jdbc.sql("insert into alert (" + COLUMNS + ", dedup_key, updated_at) values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values(alert)).param(dedupKey(alert)).param(ts(clock.instant()))
        .update();
    flush(alert);
  }

  /** Stores an alert's changes, if nobody changed it since it was read. */
  void save(Alert alert) {
    int updated = jdbc.sql("update alert set report_id = ?, exam_id = ?, requester = ?, "
            + "consultant = ?, team = ?, site = ?, category = ?, state = ?, escalation_level = ?, "
            + "acknowledge_by = ?, action_by = ?, next_due_at = ?, ack_user = ?, ack_at = ?, "
            + "ack_method = ?, ack_read_back = ?, action_kind = ?, action_reason = ?, "
            + "action_user = ?, action_at = ?, end_reason = ?, assignee = ?, dedup_key = ?, "
            + "version = ?, "
            + "updated_at = ? where id = ? and version = ?")
        .params(changedValues(alert))
        .update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("alert " + alert.id() + " changed meanwhile");
    }
    flush(alert);
  }

  private void flush(Alert alert) {
    for (Transition t : alert.takeTransitions()) {
      jdbc.sql("insert into alert_transition (alert_id, at, actor, what, from_state, to_state, "
              + "detail) values (?, ?, ?, ?, ?, ?, ?)")
          .param(alert.id().value()).param(ts(t.at())).param(t.actor()).param(t.what())
          .param(t.from() == null ? null : t.from().name()).param(t.to().name())
          .param(cut(t.detail(), 2000))
          .update();
    }
    alert.takeEvents().forEach(events::publishEvent);
  }

  private static String dedupKey(Alert alert) {
    return alert.state() == AlertState.WITHDRAWN ? null
        : alert.subject().accessionNumber() + "|" + alert.category();
  }

  private static Object[] values(Alert a) {
    AlertSubject s = a.subject();
    Acknowledgement ack = a.acknowledgement();
    ClinicalAction act = a.action();
    return new Object[] {a.id().value(), s.accessionNumber(), s.reportId().value(),
        s.examId() == null ? null : s.examId().value(),
        s.patientId() == null ? null : s.patientId().value(), s.radiologist(),
        s.routing().requester(), s.routing().consultant(), s.routing().team(), s.routing().site(),
        a.category().name(), a.source().name(), a.state().name(), a.escalationLevel(),
        ts(a.createdAt()), ts(a.acknowledgeBy()), ts(a.actionBy()), ts(a.nextDueAt()),
        ack == null ? null : ack.by(), ack == null ? null : ts(ack.at()),
        ack == null ? null : ack.method().name(), ack == null ? null : ack.readBack().name(),
        act == null ? null : act.kind().name(), act == null ? null : act.reason(),
        act == null ? null : act.by(), act == null ? null : ts(act.at()),
        a.endReason(), a.assignee(), a.version()};
  }

  private Object[] changedValues(Alert a) {
    AlertSubject s = a.subject();
    Acknowledgement ack = a.acknowledgement();
    ClinicalAction act = a.action();
    return new Object[] {s.reportId().value(), s.examId() == null ? null : s.examId().value(),
        s.routing().requester(), s.routing().consultant(), s.routing().team(), s.routing().site(),
        a.category().name(), a.state().name(), a.escalationLevel(), ts(a.acknowledgeBy()),
        ts(a.actionBy()), ts(a.nextDueAt()), ack == null ? null : ack.by(),
        ack == null ? null : ts(ack.at()), ack == null ? null : ack.method().name(),
        ack == null ? null : ack.readBack().name(), act == null ? null : act.kind().name(),
        act == null ? null : act.reason(), act == null ? null : act.by(),
        act == null ? null : ts(act.at()), a.endReason(), a.assignee(), dedupKey(a),
        a.version() + 1,
        ts(clock.instant()), a.id().value(), a.version()};
  }

  static Alert map(ResultSet rs, int row) throws SQLException {
    AlertSubject subject = new AlertSubject(rs.getString("accession_number"),
        new ReportId(rs.getObject("report_id", UUID.class)),
        rs.getObject("exam_id") == null ? null : new ExamId(rs.getObject("exam_id", UUID.class)),
        rs.getObject("patient_id") == null ? null
            : new PatientId(rs.getObject("patient_id", UUID.class)),
        rs.getString("radiologist"), new Routing(rs.getString("requester"),
            rs.getString("consultant"), rs.getString("team"), rs.getString("site")));
    Acknowledgement ack = rs.getString("ack_user") == null ? null
        : new Acknowledgement(rs.getString("ack_user"), instant(rs, "ack_at"),
            AcknowledgementMethod.valueOf(rs.getString("ack_method")),
            ReadBack.valueOf(rs.getString("ack_read_back")));
    ClinicalAction action = rs.getString("action_kind") == null ? null
        : new ClinicalAction(ActionKind.valueOf(rs.getString("action_kind")),
            rs.getString("action_reason"), rs.getString("action_user"), instant(rs, "action_at"));
    return Alert.restore(new StoredAlert(new AlertId(rs.getObject("id", UUID.class)), subject,
        AlertCategory.valueOf(rs.getString("category")),
        AlertSource.valueOf(rs.getString("source")), AlertState.valueOf(rs.getString("state")),
        rs.getInt("escalation_level"), instant(rs, "created_at"), instant(rs, "acknowledge_by"),
        instant(rs, "action_by"), instant(rs, "next_due_at"), ack, action,
        rs.getString("end_reason"), rs.getString("assignee"), rs.getLong("version")));
  }

  static OffsetDateTime ts(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static AlertState state(String name) {
    return name == null ? null : AlertState.valueOf(name);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
