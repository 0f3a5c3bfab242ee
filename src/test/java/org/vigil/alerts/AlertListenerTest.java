package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.analysis.ReportAnalysed;
import org.vigil.analysis.ReportsAnalysed;
import org.vigil.findings.AlertCategory;
import org.vigil.findings.FlagAgreement;
import org.vigil.record.ReportId;

/** A batch of readings is applied together; one reading that cannot be applied is not lost. */
class AlertListenerTest {

  /** Runs callbacks at once and counts the transactions, as a real template would open them. */
  static class CountingTransactions extends TransactionTemplate {
    int opened;

    @Override
    public <T> T execute(TransactionCallback<T> action) {
      opened++;
      TransactionStatus status = new SimpleTransactionStatus();
      return action.doInTransaction(status);
    }
  }

  static ReportAnalysed reading() {
    return new ReportAnalysed(ReportId.next(), null, null, AlertCategory.CRITICAL, true,
        FlagAgreement.AGREES, "kb", Instant.parse("2026-12-03T12:00:00Z"));
  }

  @Test
  void aWholeBatchOfReadingsIsAppliedInOneTransaction() {
    AlertRaising raising = mock(AlertRaising.class);
    List<ReportAnalysed> applied = new ArrayList<>();
    doAnswer(call -> applied.add(call.getArgument(0))).when(raising).apply(any());
    CountingTransactions tx = new CountingTransactions();
    List<Object> published = new ArrayList<>();
    List<ReportAnalysed> batch = List.of(reading(), reading(), reading());

    new AlertListener(raising, tx, published::add).on(new ReportsAnalysed(batch));

    assertThat(applied).containsExactlyElementsOf(batch);
    assertThat(tx.opened).isEqualTo(1);
    assertThat(published).isEmpty();
  }

  @Test
  void aReadingThatCannotBeAppliedIsPublishedAloneAndTheRestOfItsBatchIsApplied() {
    ReportAnalysed good = reading();
    ReportAnalysed bad = reading();
    ReportAnalysed alsoGood = reading();
    AlertRaising raising = mock(AlertRaising.class);
    List<ReportAnalysed> applied = new ArrayList<>();
    doAnswer(call -> {
      ReportAnalysed r = call.getArgument(0);
      if (r == bad) {
        throw new IllegalStateException("report was analysed but cannot be found");
      }
      return applied.add(r);
    }).when(raising).apply(any());
    List<Object> published = new ArrayList<>();

    new AlertListener(raising, new CountingTransactions(), published::add)
        .on(new ReportsAnalysed(List.of(good, bad, alsoGood)));

    assertThat(applied).contains(good, alsoGood);
    assertThat(published).containsExactly(bad);
  }
}
