package org.vigil.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A CSV of clinicians (columns {@link #COLUMNS}, a header row first) into the directory, all or
 * nothing: when any row is wrong, no row is applied and every wrong row is reported by line number
 * with its reason, so a half-applied file can never leave some clinicians routed and others not.
 */
@Service
public class DirectoryImport {

  public static final List<String> COLUMNS =
      List.of("code", "authority", "name", "user", "email", "team", "sites");
  static final int MAX_ROWS = 20_000;

  /** One line's outcome; {@code line} counts from 1 (the header). */
  public record Line(int line, boolean ok, String message) {}

  /** The outcome of an import: whether it was applied, and each line's result. */
  public record Result(boolean applied, int rows, List<Line> lines) {

    public List<Line> problems() {
      return lines.stream().filter(l -> !l.ok()).toList();
    }
  }

  private final ClinicianDirectory directory;

  DirectoryImport(ClinicianDirectory directory) {
    this.directory = directory;
  }

  @Transactional
  public Result importCsv(String csv, Predicate<String> userExists, String by) {
    List<Line> lines = new ArrayList<>();
    List<DirectoryEntry> entries = new ArrayList<>();
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(csv);
    } catch (IllegalArgumentException e) {
      return new Result(false, 0, List.of(new Line(0, false, e.getMessage())));
    }
    if (rows.isEmpty()) {
      return new Result(false, 0, List.of(new Line(1, false, "the file is empty")));
    }
    List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!header.equals(COLUMNS)) {
      return new Result(false, 0, List.of(new Line(rows.get(0).line(), false,
          "the header must be exactly: " + String.join(",", COLUMNS))));
    }
    if (rows.size() - 1 > MAX_ROWS) {
      return new Result(false, 0, List.of(new Line(0, false,
          "more than " + MAX_ROWS + " rows: split the file")));
    }
    Set<ClinicianKey> keys = new HashSet<>();
    for (int i = 1; i < rows.size(); i++) {
      int line = rows.get(i).line();
      try {
        DirectoryEntry entry = entry(rows.get(i).cells(), userExists, by);
        if (!keys.add(entry.key())) {
          throw new DirectoryRejection("clinician " + entry.key() + " appears twice in the file");
        }
        entries.add(entry);
        lines.add(new Line(line, true, entry.key() + (entry.user() == null ? " (not linked)"
            : " linked to " + entry.user())));
      } catch (DirectoryRejection e) {
        lines.add(new Line(line, false, e.getMessage()));
      }
    }
    boolean valid = lines.stream().allMatch(Line::ok);
    if (valid) {
      directory.saveImported(entries);
    }
    return new Result(valid, entries.size(), lines);
  }

  private static DirectoryEntry entry(List<String> cells, Predicate<String> userExists, String by) {
    if (cells.size() != COLUMNS.size()) {
      throw new DirectoryRejection("has " + cells.size() + " columns, expected " + COLUMNS.size());
    }
    String code = ClinicianDirectory.blankToNull(cells.get(0));
    if (code == null) {
      throw new DirectoryRejection("code is empty");
    }
    String authority = ClinicianDirectory.blankToNull(cells.get(1));
    String name = ClinicianDirectory.blankToNull(cells.get(2));
    String user = ClinicianDirectory.blankToNull(cells.get(3));
    String team = ClinicianDirectory.blankToNull(cells.get(5));
    List<String> sites = ClinicianDirectory.split(cells.get(6));
    check(code, DirectoryRows.CODE, "code");
    check(authority, DirectoryRows.CODE, "authority");
    check(name, DirectoryRows.NAME, "name");
    check(user, DirectoryRows.USER, "user");
    check(team, DirectoryRows.TEAM, "team");
    check(String.join(",", sites), DirectoryRows.SITES, "sites");
    if (sites.stream().anyMatch(s -> s.contains(","))) {
      throw new DirectoryRejection("sites are separated by ';'");
    }
    if (user != null && !userExists.test(user)) {
      throw new DirectoryRejection("no Vigil user called " + user);
    }
    String email = ClinicianDirectory.checkedEmail(cells.get(4));
    return new DirectoryEntry(new ClinicianKey(authority, code), name, user, email, team, sites,
        null, null, null, by);
  }

  private static void check(String value, int max, String column) {
    if (value != null && value.length() > max) {
      throw new DirectoryRejection(column + " is longer than " + max + " characters");
    }
    if (value != null && value.chars().anyMatch(c -> c < 0x20)) {
      throw new DirectoryRejection(column + " holds a control character");
    }
  }
}
