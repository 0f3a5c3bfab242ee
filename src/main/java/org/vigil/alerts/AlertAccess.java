package org.vigil.alerts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Directory.Clinician;

/**
 * Who may see and act on which alert. A referrer sees an alert sent to their own or their team's
 * inbox, and only at the sites the directory lists for them (another site's alerts stay hidden
 * even if a name matches). Fail-safe officers, managers and administrators oversee every site;
 * radiologists answer confirmation requests. Acknowledging means taking clinical responsibility,
 * so only a referrer who can see the alert may do it.
 */
@Component
public class AlertAccess {

  private final DirectoryLookup directory;
  private final Deliveries deliveries;
  private final UserDetailsService users;

  AlertAccess(DirectoryLookup directory, Deliveries deliveries, UserDetailsService users) {
    this.directory = directory;
    this.deliveries = deliveries;
    this.users = users;
  }

  public boolean canSee(Viewer viewer, Alert alert) {
    if (viewer.overseesAll() || viewer.has("RADIOLOGIST")) {
      return true;
    }
    if (!viewer.has("REFERRER") || !atTheirSites(viewer, alert)) {
      return false;
    }
    List<String> inboxes = inboxesOf(viewer);
    String team = alert.subject().routing().team();
    return (team != null && inboxes.contains("team:" + team))
        || deliveries.ofAlert(alert.id()).stream()
            .anyMatch(d -> d.channel() == Channel.IN_APP && inboxes.contains(d.recipient()));
  }

  /** Whether this person may see any alert at all (referrers only within their scope). */
  public boolean seesAnyAlert(Viewer viewer) {
    return viewer.overseesAll() || viewer.has("RADIOLOGIST") || viewer.has("REFERRER");
  }

  /** The alerts this person may see, as a query scope (the same rule as {@link #canSee}). */
  public AlertQuery.Scope scopeOf(Viewer viewer) {
    if (viewer.overseesAll() || viewer.has("RADIOLOGIST")) {
      return AlertQuery.Scope.ALL;
    }
    List<String> inboxes = inboxesOf(viewer);
    List<String> teams = inboxes.stream().filter(i -> i.startsWith("team:"))
        .map(i -> i.substring(5)).toList();
    return new AlertQuery.Scope(inboxes, teams, sitesOf(viewer));
  }

  public boolean canAcknowledge(Viewer viewer, Alert alert) {
    return viewer.has("REFERRER") && canSee(viewer, alert);
  }

  /** Handing an alert to someone else is the fail-safe office's (and its managers') job. */
  public boolean canReassign(Viewer viewer) {
    return viewer.overseesAll();
  }

  /**
   * The inbox a reassignment goes to: "team:NAME" for a team the directory knows, else a Vigil
   * user who may acknowledge (a REFERRER). Anything else is refused with the reason, so an alert
   * is never handed to an inbox nobody reads.
   */
  public String reassignmentTarget(String to) {
    String name = to == null ? "" : to.strip();
    if (name.startsWith("team:")) {
      String team = name.substring(5).strip();
      return directory.team(team).map(t -> "team:" + t.name()).orElseThrow(() ->
          new IllegalArgumentException("no team called '" + team + "' in the directory"));
    }
    if (name.startsWith("user:")) {
      name = name.substring(5).strip();
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name the clinician (user name) or team (team:NAME)");
    }
    UserDetails user;
    try {
      user = users.loadUserByUsername(name);
    } catch (UsernameNotFoundException e) {
      throw new IllegalArgumentException("no Vigil user called '" + name + "'");
    }
    boolean clinician = user.isEnabled() && user.getAuthorities().stream()
        .anyMatch(a -> "ROLE_REFERRER".equals(a.getAuthority()));
    if (!clinician) {
      throw new IllegalArgumentException("'" + name + "' cannot acknowledge alerts (not an "
          + "enabled user with the REFERRER role)");
    }
    return "user:" + user.getUsername();
  }

  public boolean canConfirm(Viewer viewer) {
    return viewer.has("RADIOLOGIST");
  }

  /** The in-app inboxes a person reads: their own, their teams', and their role's. */
  public List<String> inboxesOf(Viewer viewer) {
    List<String> inboxes = new ArrayList<>();
    inboxes.add("user:" + viewer.user());
    directory.teamsOf(viewer.user()).forEach(t -> inboxes.add("team:" + t));
    viewer.roles().forEach(r -> inboxes.add("role:" + r));
    return inboxes;
  }

  /** The sites whose alerts this person may see; empty means no restriction. */
  public List<String> sitesOf(Viewer viewer) {
    if (viewer.overseesAll()) {
      return List.of();
    }
    return directory.byUser(viewer.user()).map(Clinician::sites).orElse(List.of());
  }

  private boolean atTheirSites(Viewer viewer, Alert alert) {
    List<String> sites = sitesOf(viewer);
    return sites.isEmpty() || sites.contains(alert.subject().routing().site());
  }
}
