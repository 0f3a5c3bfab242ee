package org.vigil.alerts;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vigil.record.ExamId;

/**
 * The open alerts on the examinations a page shows, in one query per page, and only those the
 * viewer may see (the same scope as the inbox and board), so a badge never leaks an alert.
 */
@Component
public class AlertBadges {

  private static final Comparator<Alert> MOST_URGENT =
      Comparator.comparing(Alert::category).thenComparing(Alert::createdAt);

  private final Alerts alerts;
  private final AlertAccess access;

  AlertBadges(Alerts alerts, AlertAccess access) {
    this.alerts = alerts;
    this.access = access;
  }

  /** For each examination with an open alert the viewer may see, its most urgent one. */
  public Map<ExamId, AlertBadge> of(Collection<ExamId> examIds, Viewer viewer) {
    Map<ExamId, AlertBadge> badges = new LinkedHashMap<>();
    if (examIds.isEmpty() || !access.seesAnyAlert(viewer)) {
      return badges;
    }
    alerts.openOfExams(examIds, access.scopeOf(viewer)).stream()
        .sorted(MOST_URGENT)
        .forEach(a -> badges.putIfAbsent(a.subject().examId(),
            new AlertBadge(a.id(), a.subject().examId(), a.category(), a.state())));
    return badges;
  }
}
