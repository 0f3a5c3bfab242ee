package org.vigil.alerts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Directory.Clinician;
import org.vigil.alerts.Directory.Team;

/**
 * Who an alert goes to at each step of the escalation chain. Levels that name nobody Vigil knows
 * (no requester on a report without an order, a consultant missing from the directory) are
 * skipped, so the first step is the first level that reaches somebody; the fail-safe office is
 * always reachable (its inbox is the FAILSAFE_OFFICER role), so an alert is never without one.
 */
@Component
class Recipients {

  static final String FAILSAFE_INBOX = "role:FAILSAFE_OFFICER";
  private static final Set<EscalationLevel> OVERSIGHT =
      EnumSet.of(EscalationLevel.FAILSAFE_OFFICER, EscalationLevel.CLINICAL_DIRECTOR);

  private final AlertPolicy policy;
  private final DirectoryLookup directory;

  Recipients(AlertPolicy policy, DirectoryLookup directory) {
    this.policy = policy;
    this.directory = directory;
  }

  /** The recipients at step {@code step} of this alert's chain; past its end, its last step. */
  List<Recipient> atStep(Alert alert, int step) {
    List<List<Recipient>> chain = chain(alert);
    return chain.get(Math.min(step, chain.size() - 1));
  }

  boolean hasStep(Alert alert, int step) {
    return step < chain(alert).size();
  }

  /** The reporting radiologist (if the directory knows them) and the fail-safe office. */
  List<Recipient> forConfirmation(Alert alert) {
    List<Recipient> to = new ArrayList<>();
    directory.clinician(alert.subject().radiologist())
        .ifPresent(c -> to.add(of(EscalationLevel.REQUESTER, c)));
    to.add(failsafe());
    return to;
  }

  /**
   * The chain's steps. An alert the fail-safe office reassigned goes to its assignee first, then
   * on to the fail-safe office and beyond: the requester, consultant and team it was taken from
   * are not asked again.
   */
  private List<List<Recipient>> chain(Alert alert) {
    List<List<Recipient>> steps = new ArrayList<>();
    boolean assigned = alert.assignee() != null;
    if (assigned) {
      steps.add(List.of(assignee(alert.assignee())));
    }
    for (EscalationLevel level : policy.chain()) {
      if (assigned && !OVERSIGHT.contains(level)) {
        continue;
      }
      List<Recipient> at = resolve(level, alert.subject().routing());
      if (!at.isEmpty()) {
        steps.add(at);
      }
    }
    return steps;
  }

  private List<Recipient> resolve(EscalationLevel level, Routing routing) {
    return switch (level) {
      case REQUESTER -> person(level, directory.clinician(routing.requester()));
      case CONSULTANT -> person(level, directory.clinician(routing.consultant()));
      case TEAM -> directory.team(routing.team())
          .map(t -> List.of(new Recipient(level, "team:" + t.name(), t.email())))
          .orElse(List.of());
      case FAILSAFE_OFFICER -> List.of(failsafe());
      case CLINICAL_DIRECTOR -> directors();
    };
  }

  private Recipient assignee(String inbox) {
    if (inbox.startsWith("team:")) {
      String email = directory.team(inbox.substring(5)).map(Team::email).orElse(null);
      return new Recipient(EscalationLevel.TEAM, inbox, email);
    }
    String email = inbox.startsWith("user:")
        ? directory.byUser(inbox.substring(5)).map(Clinician::email).orElse(null) : null;
    return new Recipient(EscalationLevel.REQUESTER, inbox, email);
  }

  private Recipient failsafe() {
    return new Recipient(EscalationLevel.FAILSAFE_OFFICER, FAILSAFE_INBOX,
        directory.failsafe().email());
  }

  private List<Recipient> directors() {
    Team directors = directory.clinicalDirectors();
    if (directors.users().isEmpty() && directors.email() == null) {
      return List.of();
    }
    String inbox = directors.users().isEmpty() ? "role:MANAGER" : "team:" + directors.name();
    return List.of(new Recipient(EscalationLevel.CLINICAL_DIRECTOR, inbox, directors.email()));
  }

  private static List<Recipient> person(EscalationLevel level, Optional<Clinician> clinician) {
    return clinician.filter(c -> c.user() != null || c.email() != null)
        .map(c -> List.of(of(level, c))).orElse(List.of());
  }

  private static Recipient of(EscalationLevel level, Clinician c) {
    return new Recipient(level, c.user() == null ? null : "user:" + c.user(), c.email());
  }
}
