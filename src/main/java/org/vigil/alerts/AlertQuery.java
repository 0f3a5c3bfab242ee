package org.vigil.alerts;

import java.time.Instant;
import java.util.Set;
import org.vigil.findings.AlertCategory;
import org.vigil.record.PatientId;

/**
 * A search over alerts; null or empty means "any". {@code raisedBefore} finds alerts older than
 * an age. {@code inboxes} limits to alerts delivered to these in-app inboxes or owned by
 * {@code teams}; {@code sites} to these sites.
 */
public record AlertQuery(Set<AlertState> states, AlertCategory category, String accession,
    PatientId patient, String site, String team, Instant raisedBefore, Scope scope, int limit) {

  /** Whose alerts: everyone's (null lists) or those of some inboxes, teams and sites. */
  public record Scope(java.util.List<String> inboxes, java.util.List<String> teams,
      java.util.List<String> sites) {

    public static final Scope ALL = new Scope(null, null, null);
  }

  public AlertQuery {
    states = states == null ? Set.of() : Set.copyOf(states);
    scope = scope == null ? Scope.ALL : scope;
    limit = limit <= 0 ? 200 : Math.min(limit, 1000);
  }

  public static AlertQuery open(Scope scope) {
    return new AlertQuery(AlertState.open(), null, null, null, null, null, null, scope, 200);
  }
}
