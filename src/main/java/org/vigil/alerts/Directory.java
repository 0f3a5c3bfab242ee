package org.vigil.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is who: the clinicians and teams the feeds name, mapped to Vigil users and addresses.
 * Configured under {@code vigil.alerts.directory}; a clinician is matched by the code the feed
 * carries ("Doctor, Gina (G456)" matches code G456), else by the name as written.
 *
 * @param failsafe the fail-safe office: told whenever nobody else can be (its in-app inbox is
 *     every user with the FAILSAFE_OFFICER role, so it always exists)
 */
public record Directory(List<Clinician> clinicians, List<Team> teams, Team failsafe,
    Team clinicalDirectors) {

  /** A clinician the feeds name; {@code sites} limits which sites' alerts they may see. */
  public record Clinician(String code, String name, String user, String email, String team,
      List<String> sites) {

    public Clinician {
      sites = sites == null ? List.of() : List.copyOf(sites);
    }
  }

  /** A team (or office) with its members and a shared address. */
  public record Team(String name, List<String> users, String email) {

    public Team {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  public Directory {
    clinicians = clinicians == null ? List.of() : List.copyOf(clinicians);
    teams = teams == null ? List.of() : List.copyOf(teams);
    failsafe = failsafe == null ? new Team("Fail-safe office", List.of(), null) : failsafe;
    clinicalDirectors = clinicalDirectors == null
        ? new Team("Clinical directors", List.of(), null) : clinicalDirectors;
  }

  /** The clinician a feed's person field names, if the directory knows them. */
  public Optional<Clinician> clinician(String asWritten) {
    if (asWritten == null || asWritten.isBlank()) {
      return Optional.empty();
    }
    String code = codeOf(asWritten);
    return clinicians.stream()
        .filter(c -> (code != null && c.code() != null && c.code().equalsIgnoreCase(code))
            || (c.name() != null && c.name().equalsIgnoreCase(asWritten.strip())))
        .findFirst();
  }

  public Optional<Clinician> byUser(String user) {
    return clinicians.stream().filter(c -> user.equals(c.user())).findFirst();
  }

  public Optional<Team> team(String name) {
    return name == null ? Optional.empty()
        : teams.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The teams a user belongs to (as a member, or as the team of their clinician entry). */
  public List<String> teamsOf(String user) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    teams.stream().filter(t -> t.users().contains(user)).forEach(t -> names.add(t.name()));
    byUser(user).map(Clinician::team).ifPresent(names::add);
    if (clinicalDirectors.users().contains(user)) {
      names.add(clinicalDirectors.name());
    }
    return List.copyOf(names);
  }

  /** "Doctor, Gina (G456)" -> "G456"; null when the text carries no code in brackets. */
  static String codeOf(String asWritten) {
    String s = asWritten.strip();
    int open = s.lastIndexOf('(');
    if (open < 0 || !s.endsWith(")")) {
      return null;
    }
    String code = s.substring(open + 1, s.length() - 1).strip();
    return code.isEmpty() ? null : code.toUpperCase(Locale.ROOT);
  }
}
