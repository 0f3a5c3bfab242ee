package org.vigil.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician directory: who the feeds name, and which Vigil user and address each is. Reads
 * for routing and access; writes from the feeds ({@link #noteSeen}) and from an administrator.
 */
@Service
@Transactional
public class ClinicianDirectory {

  private static final Logger log = LoggerFactory.getLogger(ClinicianDirectory.class);

  private final DirectoryRows rows;
  private final Sightings sightings;
  private final Clock clock;

  ClinicianDirectory(DirectoryRows rows, Sightings sightings, Clock clock) {
    this.rows = rows;
    this.sightings = sightings;
    this.clock = clock;
  }

  /** The clinicians and teams a message names, in the message's transaction. */
  public void noteSeen(Sighting sighting) {
    sightings.note(sighting, clock.instant());
  }

  /**
   * The clinician a record field names as written ("Doctor, Gina (G456)", or a bare code or name).
   * A code that several authorities use is told apart by the name; when still ambiguous, nobody
   * is returned: routing to a guess could reach the wrong person (hazard H24).
   */
  @Transactional(readOnly = true)
  public Optional<DirectoryEntry> clinician(String asWritten) {
    if (asWritten == null || asWritten.isBlank()) {
      return Optional.empty();
    }
    String code = codeOf(asWritten);
    String name = nameOf(asWritten);
    List<DirectoryEntry> candidates = code != null ? rows.byCode(code) : List.of();
    if (code == null && name != null && !name.contains(",") && name.length() <= DirectoryRows.CODE) {
      candidates = rows.byCode(name.toUpperCase(Locale.ROOT)); // a bare code
    }
    if (candidates.isEmpty() && code == null && name != null) {
      candidates = rows.byName(name);
    }
    if (candidates.size() > 1 && name != null) {
      List<DirectoryEntry> named = candidates.stream()
          .filter(c -> c.name() != null && c.name().equalsIgnoreCase(name)).toList();
      candidates = named.isEmpty() ? candidates : named;
    }
    if (candidates.size() > 1) {
      log.warn("directory: {} entries share one code and name; routing to none of them",
          candidates.size());
      return Optional.empty();
    }
    return candidates.stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<DirectoryEntry> find(ClinicianKey key) {
    return rows.find(key);
  }

  /** The directory entries linked to a Vigil user (one person may have codes under several authorities). */
  @Transactional(readOnly = true)
  public List<DirectoryEntry> linkedTo(String user) {
    return user == null ? List.of() : rows.byUser(user);
  }

  @Transactional(readOnly = true)
  public Optional<DirectoryTeam> team(String name) {
    return name == null || name.isBlank() ? Optional.empty() : rows.team(name.strip());
  }

  /** The teams of the clinicians linked to this user. */
  @Transactional(readOnly = true)
  public List<String> teamsOf(String user) {
    LinkedHashSet<String> teams = new LinkedHashSet<>();
    linkedTo(user).stream().map(DirectoryEntry::team).filter(t -> t != null).forEach(teams::add);
    return List.copyOf(teams);
  }

  @Transactional(readOnly = true)
  public List<DirectoryEntry> search(DirectoryFilter filter, int limit, int offset) {
    return rows.search(filter, limit, offset);
  }

  @Transactional(readOnly = true)
  public long count(DirectoryFilter filter) {
    return rows.count(filter);
  }

  @Transactional(readOnly = true)
  public List<DirectoryTeam> teams() {
    return rows.teams();
  }

  /** Links (or, with a null user, unlinks) a clinician to a Vigil user, with an address. */
  public DirectoryEntry link(ClinicianKey key, String user, String email, String by) {
    DirectoryEntry current = rows.find(key).orElseThrow(() -> new DirectoryRejection(
        "no clinician " + key + " in the directory"));
    DirectoryEntry changed = new DirectoryEntry(key, current.name(), blankToNull(user),
        checkedEmail(email), current.team(), current.sites(), current.firstSeenAt(),
        current.lastSeenAt(), clock.instant(), by);
    rows.save(changed);
    return changed;
  }

  public void setTeamEmail(String team, String email, String by) {
    if (team == null || team.isBlank()) {
      throw new DirectoryRejection("a team needs a name");
    }
    rows.saveTeam(team.strip(), checkedEmail(email), clock.instant(), by);
  }

  /** Entries from an import, all in this transaction (the import is all or nothing). */
  void saveImported(List<DirectoryEntry> entries) {
    Instant now = clock.instant();
    for (DirectoryEntry e : entries) {
      DirectoryEntry before = rows.find(e.key()).orElse(null);
      rows.save(new DirectoryEntry(e.key(), e.name() != null ? e.name()
          : before == null ? null : before.name(), e.user(), e.email(), e.team(), e.sites(),
          before == null ? now : before.firstSeenAt(), before == null ? null : before.lastSeenAt(),
          now, e.updatedBy()));
      if (e.team() != null && !rows.teamExists(e.team())) {
        rows.insertTeam(e.team(), now);
      }
    }
  }

  static String checkedEmail(String email) {
    String value = blankToNull(email);
    if (value == null) {
      return null;
    }
    if (value.length() > DirectoryRows.EMAIL || !value.matches("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+")) {
      throw new DirectoryRejection("not an email address: " + value);
    }
    return value;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
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

  /** "Doctor, Gina (G456)" -> "Doctor, Gina"; the whole text when it has no code. */
  static String nameOf(String asWritten) {
    String s = asWritten.strip();
    int open = s.lastIndexOf('(');
    String name = open >= 0 && s.endsWith(")") ? s.substring(0, open).strip() : s;
    return name.isEmpty() ? null : name;
  }

  static List<String> split(String sites) {
    List<String> list = new ArrayList<>();
    if (sites != null) {
      for (String s : sites.split("[;|]")) {
        if (!s.isBlank()) {
          list.add(s.strip());
        }
      }
    }
    return list;
  }
}
