package org.vigil.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The clinicians and teams one message names. */
public record Sighting(List<SeenClinician> clinicians, List<String> teams) {

  public static final Sighting NONE = new Sighting(List.of(), List.of());

  public Sighting {
    clinicians = clinicians == null ? List.of()
        : clinicians.stream().filter(Objects::nonNull).distinct().toList();
    teams = teams == null ? List.of() : teams.stream().filter(t -> t != null && !t.isBlank())
        .map(String::strip).distinct().toList();
  }

  public boolean isEmpty() {
    return clinicians.isEmpty() && teams.isEmpty();
  }

  /** Everything both name, each once. */
  public Sighting and(Sighting other) {
    List<SeenClinician> all = new ArrayList<>(clinicians);
    all.addAll(other.clinicians);
    LinkedHashSet<String> allTeams = new LinkedHashSet<>(teams);
    allTeams.addAll(other.teams);
    return new Sighting(all, List.copyOf(allTeams));
  }
}
