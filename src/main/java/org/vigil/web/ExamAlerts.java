package org.vigil.web;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.vigil.alerts.AlertBadge;
import org.vigil.alerts.AlertBadges;
import org.vigil.alerts.Viewer;
import org.vigil.record.ExamId;

/** The alert badges for the examinations a page shows, as the signed-in person may see them. */
@Service
public class ExamAlerts {

  private final AlertBadges badges;

  ExamAlerts(AlertBadges badges) {
    this.badges = badges;
  }

  public Map<ExamId, AlertBadge> of(Collection<ExamId> examIds, Authentication auth) {
    if (auth == null) {
      return Map.of();
    }
    Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    return badges.of(examIds, new Viewer(auth.getName(), roles));
  }
}
