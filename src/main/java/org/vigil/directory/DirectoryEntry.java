package org.vigil.directory;

import java.time.Instant;
import java.util.List;

/**
 * A clinician in the directory: who the feeds say they are, and who they are in Vigil (the user
 * an administrator linked, the address alerts are emailed to, their team and the sites whose
 * alerts they may see; empty sites: no restriction).
 */
public record DirectoryEntry(ClinicianKey key, String name, String user, String email, String team,
    List<String> sites, Instant firstSeenAt, Instant lastSeenAt, Instant updatedAt,
    String updatedBy) {

  public DirectoryEntry {
    sites = sites == null ? List.of() : List.copyOf(sites);
  }

  public boolean isLinked() {
    return user != null;
  }

  /** Someone an alert can reach: a linked user's inbox or an address. */
  public boolean isReachable() {
    return user != null || email != null;
  }
}
