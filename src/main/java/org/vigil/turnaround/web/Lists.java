package org.vigil.turnaround.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.vigil.alerts.AlertBadge;
import org.vigil.alerts.AlertBadges;
import org.vigil.alerts.Viewer;
import org.vigil.record.ExamId;
import org.vigil.turnaround.Backlog;
import org.vigil.turnaround.BacklogList;
import org.vigil.turnaround.BacklogQuery;
import org.vigil.turnaround.BacklogRow;

/** Reads one page of a list with the alert badges the signed-in person may see. */
@Component
class Lists {

  private final Backlog backlog;
  private final AlertBadges badges;
  private final Clock clock;

  Lists(Backlog backlog, AlertBadges badges, Clock clock) {
    this.backlog = backlog;
    this.badges = badges;
    this.clock = clock;
  }

  Result read(BacklogList list, String modality, String site, String subspecialty, int page,
      int size, Authentication auth) {
    Instant now = clock.instant();
    BacklogQuery query = new BacklogQuery(list, modality, site, subspecialty, now, page, size);
    List<BacklogRow> rows = backlog.page(query);
    boolean hasNext = rows.size() > size;
    List<BacklogRow> shown = hasNext ? rows.subList(0, size) : rows;
    Map<ExamId, AlertBadge> alerts = badges.of(
        shown.stream().map(r -> r.item().examId()).toList(), viewer(auth));
    return new Result(query, now, shown, alerts, hasNext);
  }

  long count(BacklogList list) {
    return backlog.count(list, clock.instant());
  }

  static Viewer viewer(Authentication auth) {
    Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    return new Viewer(auth.getName(), roles);
  }

  record Result(BacklogQuery query, Instant now, List<BacklogRow> rows,
      Map<ExamId, AlertBadge> alerts, boolean hasNext) {

    BacklogPage toPage() {
      return new BacklogPage(query.list().name(), now, rows.stream()
          .map(r -> BacklogEntry.of(r, now, alerts.get(r.item().examId()))).toList(),
          query.page(), query.size(), hasNext);
    }
  }
}
