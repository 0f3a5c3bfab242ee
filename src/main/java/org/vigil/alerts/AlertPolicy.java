package org.vigil.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vigil.alerts.WorkingHours.OutOfHours;
import org.vigil.findings.AlertCategory;

/** The policy in effect: deadlines by category and site, and the escalation chain. */
@Component
public class AlertPolicy {

  private final AlertsProperties properties;

  AlertPolicy(AlertsProperties properties) {
    this.properties = properties;
  }

  /** The rules for this category at this site (the trust's, unless the site overrides them). */
  public CategoryPolicy of(AlertCategory category, String site) {
    Map<AlertCategory, CategoryPolicy> own = site == null ? null : properties.sites().get(site);
    return (own != null ? own : properties.categories()).get(category);
  }

  public Map<AlertCategory, CategoryPolicy> trustWide() {
    return properties.categories();
  }

  public Map<String, Map<AlertCategory, CategoryPolicy>> bySite() {
    return properties.sites();
  }

  public List<EscalationLevel> chain() {
    return properties.escalationChain();
  }

  public WorkingHours workingHours() {
    return properties.workingHours();
  }

  Instant acknowledgeBy(Alert alert, Instant from) {
    return due(alert, from.plus(rules(alert).acknowledgeWithin()));
  }

  Instant actionBy(Alert alert, Instant from) {
    return due(alert, from.plus(rules(alert).actionWithin()));
  }

  Instant nextEscalation(Alert alert, Instant from) {
    return due(alert, from.plus(rules(alert).escalateEvery()));
  }

  private CategoryPolicy rules(Alert alert) {
    return of(alert.category(), alert.subject().routing().site());
  }

  private Instant due(Alert alert, Instant deadline) {
    return due(alert.category(), alert.subject().routing().site(), deadline);
  }

  /** A deadline, moved to the next working period when the category waits for one there. */
  Instant due(AlertCategory category, String site, Instant deadline) {
    return of(category, site).outOfHours() == OutOfHours.NEXT_WORKING_TIME
        ? properties.workingHours().nextWorkingTime(deadline) : deadline;
  }
}
