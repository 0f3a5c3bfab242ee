package org.vigil.turnaround.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The backlog over time, kept as daily flows ({@code backlog_day}): an exam enters on the day it
 * was performed and leaves on the day of its final report or its cancel. A corrected time moves
 * the exam's flows ({@code backlog_counted} remembers them). The size at the end of a day is the
 * running sum, read from a few hundred rows instead of every exam.
 */
@Component
class BacklogFlows {

  record Flow(String modality, LocalDate enteredOn, LocalDate leftOn) {}

  private final JdbcClient jdbc;
  private final DashboardProperties properties;

  BacklogFlows(JdbcClient jdbc, DashboardProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  void apply(ExamChange exam) {
    Optional<Flow> before = jdbc.sql(
        "select modality, entered_on, left_on from backlog_counted where exam_id = :id")
        .param("id", exam.id())
        .query((rs, n) -> new Flow(rs.getString(1), rs.getObject(2, LocalDate.class),
            rs.getObject(3, LocalDate.class))).optional();
    Optional<Flow> after = flow(exam);
    if (before.equals(after)) {
      return;
    }
    before.ifPresent(f -> {
      add(f, -1);
      jdbc.sql("delete from backlog_counted where exam_id = :id").param("id", exam.id()).update();
    });
    after.ifPresent(f -> {
      add(f, 1);
      jdbc.sql("""
          insert into backlog_counted (exam_id, modality, entered_on, left_on)
          values (:id, :modality, :entered, :left)""").param("id", exam.id())
          .param("modality", f.modality()).param("entered", f.enteredOn())
          .param("left", f.leftOn()).update();
    });
  }

  /** Performed exams only; left on the final report, else on the cancel of an ended exam. */
  Optional<Flow> flow(ExamChange exam) {
    if (exam.performedAt() == null) {
      return Optional.empty();
    }
    Instant left = exam.finalAt() != null ? exam.finalAt()
        : exam.status().isEnded() ? exam.cancelledAt() : null;
    LocalDate entered = day(exam.performedAt());
    LocalDate leftOn = left == null ? null : day(left);
    if (leftOn != null && leftOn.isBefore(entered)) {
      leftOn = entered; // a report stated before the exam: it left the day it came
    }
    return Optional.of(new Flow(exam.modalityKey(), entered, leftOn));
  }

  private LocalDate day(Instant at) {
    return at.atZone(properties.zone()).toLocalDate();
  }

  private void add(Flow f, int sign) {
    bump(f.enteredOn(), f.modality(), sign, 0);
    if (f.leftOn() != null) {
      bump(f.leftOn(), f.modality(), 0, sign);
    }
  }

  private void bump(LocalDate day, String modality, int entered, int exited) {
    int updated = jdbc.sql("""
        update backlog_day set entered = entered + :in, exited = exited + :out
        where flow_day = :day and modality = :modality""")
        .param("in", entered).param("out", exited).param("day", day).param("modality", modality)
        .update();
    if (updated == 0) {
      jdbc.sql("""
          insert into backlog_day (flow_day, modality, entered, exited)
          values (:day, :modality, :in, :out)""")
          .param("in", entered).param("out", exited).param("day", day).param("modality", modality)
          .update();
    }
  }
}
