package org.vigil.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vigil.findings.AlertCategory;
import org.vigil.record.ReportId;

/** Re-analysis runs and what each would change. */
@Repository
public class ReanalysisRuns {

  private final JdbcClient jdbc;

  ReanalysisRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ReanalysisRun> find(UUID id) {
    return jdbc.sql("select * from reanalysis_run where id = ?").param(id).query(this::map).optional();
  }

  public List<ReanalysisRun> recent(int limit) {
    return jdbc.sql("select * from reanalysis_run order by started_at desc limit ?")
        .param(limit)
        .query(this::map)
        .list();
  }

  /** Reports whose category the run would change: current versus proposed. */
  public List<Change> changes(UUID run, int limit) {
    return jdbc.sql("select n.report_id, o.category old_category, n.category new_category "
            + "from report_analysis n join report_analysis o on o.report_id = n.report_id "
            + "and o.is_current = true where n.run_id = ? and n.category <> o.category "
            + "order by n.report_id limit ?")
        .params(run, limit)
        .query((rs, i) -> new Change(new ReportId(rs.getObject("report_id", UUID.class)),
            AlertCategory.valueOf(rs.getString("old_category")),
            AlertCategory.valueOf(rs.getString("new_category"))))
        .list();
  }

  /** One report whose reading would change category. */
  public record Change(ReportId reportId, AlertCategory from, AlertCategory to) {

    public boolean raisesAlert() {
      return to.needsCommunication() && !from.needsCommunication();
    }

    public boolean withdrawsAlert() {
      return from.needsCommunication() && !to.needsCommunication();
    }
  }

  void insert(UUID id, String version, int total, String by, Instant at) {
    jdbc.sql("insert into reanalysis_run (id, kb_version, status, total, done, alerts_raised, "
            + "alerts_withdrawn, categories_changed, started_at, started_by) "
            + "values (?, ?, 'RUNNING', ?, 0, 0, 0, 0, ?, ?)")
        .params(id, version, total, ts(at), by)
        .update();
  }

  void progress(UUID id, int done, int raised, int withdrawn, int changed) {
    jdbc.sql("update reanalysis_run set done = ?, alerts_raised = ?, alerts_withdrawn = ?, "
            + "categories_changed = ? where id = ?")
        .params(done, raised, withdrawn, changed, id)
        .update();
  }

  void finish(UUID id, ReanalysisRun.Status status, String failure, Instant at) {
    jdbc.sql("update reanalysis_run set status = ?, failure = ?, finished_at = ? where id = ?")
        .params(status.name(), failure, ts(at), id)
        .update();
  }

  void decide(UUID id, ReanalysisRun.Status status, String by, Instant at) {
    jdbc.sql("update reanalysis_run set status = ?, decided_by = ?, decided_at = ? where id = ?")
        .params(status.name(), by, ts(at), id)
        .update();
  }

  List<ReportId> reportsAfter(UUID after, int limit) {
    return jdbc.sql("select id from report where id > ? order by id limit ?")
        .params(after, limit)
        .query((rs, i) -> new ReportId(rs.getObject("id", UUID.class)))
        .list();
  }

  int reportCount() {
    return jdbc.sql("select count(*) from report").query(Integer.class).single();
  }

  Optional<AlertCategory> currentCategory(ReportId report) {
    return jdbc.sql("select category from report_analysis where report_id = ? and is_current = true")
        .param(report.value())
        .query((rs, i) -> AlertCategory.valueOf(rs.getString("category")))
        .optional();
  }

  private static OffsetDateTime ts(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private ReanalysisRun map(ResultSet rs, int row) throws SQLException {
    return new ReanalysisRun(rs.getObject("id", UUID.class), rs.getString("kb_version"),
        ReanalysisRun.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
        rs.getInt("alerts_raised"), rs.getInt("alerts_withdrawn"), rs.getInt("categories_changed"),
        instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("started_by"),
        rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("failure"));
  }
}
