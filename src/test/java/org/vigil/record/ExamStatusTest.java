package org.vigil.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExamStatusTest {

  @Test
  void aLateScheduledMessageDoesNotUndoAFinalReport() {
    assertThat(ExamStatus.REPORTED.advanceTo(ExamStatus.SCHEDULED)).isEqualTo(ExamStatus.REPORTED);
  }

  @Test
  void aCancelDoesNotEndAnExamThatHasAFinalReport() {
    assertThat(ExamStatus.REPORTED.advanceTo(ExamStatus.CANCELLED)).isEqualTo(ExamStatus.REPORTED);
    assertThat(ExamStatus.SCHEDULED.advanceTo(ExamStatus.CANCELLED)).isEqualTo(ExamStatus.CANCELLED);
  }

  @Test
  void aReportAfterACancelIsBelievedBecauseTheExamHappened() {
    assertThat(ExamStatus.CANCELLED.advanceTo(ExamStatus.REPORTED)).isEqualTo(ExamStatus.REPORTED);
    assertThat(ExamStatus.CANCELLED.advanceTo(ExamStatus.SCHEDULED)).isEqualTo(ExamStatus.CANCELLED);
  }
}
