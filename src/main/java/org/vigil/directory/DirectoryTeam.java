package org.vigil.directory;

import java.time.Instant;
import java.util.List;

/**
 * A team (PV1-10 hospital service) in the directory, with its shared address and the users linked
 * to clinicians of the team (who read its in-app inbox).
 */
public record DirectoryTeam(String name, String email, List<String> members, Instant firstSeenAt) {

  public DirectoryTeam {
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** Whether a team alert reaches anyone: a member reads its inbox, or it has an address. */
  public boolean isReachable() {
    return !members.isEmpty() || email != null;
  }
}
