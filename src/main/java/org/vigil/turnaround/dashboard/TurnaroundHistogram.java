package org.vigil.turnaround.dashboard;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The weekly histograms of performed-to-final-report time ({@code turnaround_week}). Each finally
 * reported exam adds one count to its band in the week of its final report; what it added is
 * remembered ({@code turnaround_counted}) so a corrected time moves the count, never doubles it.
 */
@Component
class TurnaroundHistogram {

  /** What an exam adds to the histograms. */
  record Contribution(LocalDate week, String modality, String priority, String setting,
      int bucket, boolean breached) {}

  private final JdbcClient jdbc;
  private final TargetLookup targets;
  private final DashboardProperties properties;

  TurnaroundHistogram(JdbcClient jdbc, TargetLookup targets, DashboardProperties properties) {
    this.jdbc = jdbc;
    this.targets = targets;
    this.properties = properties;
  }

  void apply(ExamChange exam) {
    Optional<Contribution> before = jdbc.sql("""
        select week_start, modality, priority, setting, bucket, breached
        from turnaround_counted where exam_id = :id""").param("id", exam.id())
        .query((rs, n) -> new Contribution(rs.getObject(1, LocalDate.class), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6))).optional();
    Optional<Contribution> after = contribution(exam);
    if (before.equals(after)) {
      return;
    }
    before.ifPresent(c -> {
      add(c, -1);
      jdbc.sql("delete from turnaround_counted where exam_id = :id").param("id", exam.id())
          .update();
    });
    after.ifPresent(c -> {
      add(c, 1);
      jdbc.sql("""
          insert into turnaround_counted (exam_id, week_start, modality, priority, setting,
            bucket, breached) values (:id, :week, :modality, :priority, :setting, :bucket, :breached)""")
          .param("id", exam.id()).param("week", c.week()).param("modality", c.modality())
          .param("priority", c.priority()).param("setting", c.setting())
          .param("bucket", c.bucket()).param("breached", c.breached()).update();
    });
  }

  /**
   * The exam's contribution: none until it has a final report and a performed time; none when the
   * report is stated before the exam was performed (inconsistent times are not counted as fast).
   */
  Optional<Contribution> contribution(ExamChange exam) {
    if (exam.finalAt() == null || exam.performedAt() == null
        || exam.finalAt().isBefore(exam.performedAt())) {
      return Optional.empty();
    }
    Duration taken = Duration.between(exam.performedAt(), exam.finalAt());
    Duration target = targets.within(exam.priority(), exam.patientClass(), exam.modality(),
        exam.site());
    LocalDate week = exam.finalAt().atZone(properties.zone()).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return Optional.of(new Contribution(week, exam.modalityKey(), exam.priority().name(),
        targets.setting(exam.priority(), exam.patientClass()),
        TurnaroundBuckets.bucket(taken.toMinutes()), taken.compareTo(target) > 0));
  }

  private void add(Contribution c, int sign) {
    int updated = jdbc.sql("""
        update turnaround_week set exams = exams + :n, breached = breached + :b
        where week_start = :week and modality = :modality and priority = :priority
          and setting = :setting and bucket = :bucket""")
        .param("n", sign).param("b", c.breached() ? sign : 0).param("week", c.week())
        .param("modality", c.modality()).param("priority", c.priority())
        .param("setting", c.setting()).param("bucket", c.bucket()).update();
    if (updated == 0) {
      jdbc.sql("""
          insert into turnaround_week (week_start, modality, priority, setting, bucket, exams,
            breached) values (:week, :modality, :priority, :setting, :bucket, :n, :b)""")
          .param("n", sign).param("b", c.breached() ? sign : 0).param("week", c.week())
          .param("modality", c.modality()).param("priority", c.priority())
          .param("setting", c.setting()).param("bucket", c.bucket()).update();
    }
  }
}
