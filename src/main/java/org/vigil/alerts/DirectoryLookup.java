package org.vigil.alerts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Directory.Clinician;
import org.vigil.alerts.Directory.Team;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.directory.DirectoryEntry;

/**
 * Who is who for routing and access: the configured directory ({@code vigil.alerts.directory})
 * first, then the database directory the feeds fill and an administrator links. A clinician or
 * team the configuration names is taken from the configuration as a whole (it overrides the
 * database, so a deployment's reviewed settings cannot be changed on a page); everyone else comes
 * from the database. A database team counts only when someone reads it (a linked member or an
 * address), so a team step never sends an alert to an inbox nobody reads (hazard H23).
 */
@Component
class DirectoryLookup {

  private final Directory configured;
  private final ClinicianDirectory database;

  DirectoryLookup(AlertsProperties properties, ClinicianDirectory database) {
    this.configured = properties.directory();
    this.database = database;
  }

  Optional<Clinician> clinician(String asWritten) {
    return configured.clinician(asWritten)
        .or(() -> database.clinician(asWritten).map(DirectoryLookup::clinician));
  }

  Optional<Clinician> byUser(String user) {
    Optional<Clinician> own = configured.byUser(user);
    if (own.isPresent()) {
      return own;
    }
    List<DirectoryEntry> linked = database.linkedTo(user);
    if (linked.isEmpty()) {
      return Optional.empty();
    }
    // one person, possibly under several authorities: every site any entry allows
    LinkedHashSet<String> sites = new LinkedHashSet<>();
    linked.forEach(e -> sites.addAll(e.sites()));
    DirectoryEntry first = linked.get(0);
    return Optional.of(new Clinician(first.key().code(), first.name(), user, first.email(),
        first.team(), List.copyOf(sites)));
  }

  Optional<Team> team(String name) {
    return configured.team(name).or(() -> database.team(name)
        .filter(org.vigil.directory.DirectoryTeam::isReachable)
        .map(t -> new Team(t.name(), t.members(), t.email())));
  }

  List<String> teamsOf(String user) {
    LinkedHashSet<String> teams = new LinkedHashSet<>(configured.teamsOf(user));
    teams.addAll(database.teamsOf(user));
    return List.copyOf(teams);
  }

  Team failsafe() {
    return configured.failsafe();
  }

  Team clinicalDirectors() {
    return configured.clinicalDirectors();
  }

  private static Clinician clinician(DirectoryEntry e) {
    return new Clinician(e.key().code(), e.name(), e.user(), e.email(), e.team(), e.sites());
  }
}
