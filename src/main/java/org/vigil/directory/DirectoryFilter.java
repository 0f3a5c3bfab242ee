package org.vigil.directory;

/** A filter on the directory's clinicians; null fields do not filter. */
public record DirectoryFilter(String text, String team, Boolean linked) {

  public static final DirectoryFilter ALL = new DirectoryFilter(null, null, null);

  public DirectoryFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    team = team == null || team.isBlank() ? null : team.strip();
  }
}
