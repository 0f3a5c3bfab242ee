package org.vigil.directory;

/** A clinician as one message names them: the key and the name as written ("Doctor, Gina"). */
public record SeenClinician(ClinicianKey key, String name) {

  /** Null when the feed gave no code: a name alone cannot key a directory entry. */
  public static SeenClinician of(String authority, String code, String name) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return new SeenClinician(new ClinicianKey(authority, code),
        name == null || name.isBlank() ? null : name.strip());
  }
}
