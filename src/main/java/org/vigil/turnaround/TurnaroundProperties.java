package org.vigil.turnaround;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The trust's turnaround policy ({@code vigil.turnaround.*}). Bound as given and checked by
 * {@link Targets}, which names the entry and the line of the file it came from.
 *
 * @param targets report targets; the most specific matching rule wins (see {@link Targets})
 * @param lostAfter performed with no report after this long: a lost examination
 * @param neverPerformedAfter requested, neither performed nor cancelled, after this long
 * @param preliminaryWithoutFinalAfter a preliminary report with no final after this long
 * @param reportingLeads who is told of breaches, by site and modality
 * @param sweepInterval how often this node looks for breaches to escalate
 * @param mail the sender address and the link put in escalation emails
 */
@ConfigurationProperties("vigil.turnaround")
public record TurnaroundProperties(List<TargetRule> targets, Duration lostAfter,
    Duration neverPerformedAfter, Duration preliminaryWithoutFinalAfter,
    List<ReportingLead> reportingLeads, Duration sweepInterval, Mail mail) {

  /** Escalation email: sent when this is on and {@code spring.mail.host} is set. */
  public record Mail(boolean enabled, String from, String linkBase) {}

  /**
   * The reporting lead for a site and/or modality (null: any). The most specific matching entry
   * is told; users see the breach in Vigil, emails get a message without clinical detail.
   */
  public record ReportingLead(String site, String modality, List<String> users,
      List<String> emails) {

    public ReportingLead {
      users = users == null ? List.of() : List.copyOf(users);
      emails = emails == null ? List.of() : List.copyOf(emails);
    }

    int specificity() {
      return (site != null ? 2 : 0) + (modality != null ? 1 : 0);
    }

    boolean matches(String examSite, String examModality) {
      return (site == null || site.equalsIgnoreCase(examSite))
          && (modality == null || modality.equalsIgnoreCase(examModality));
    }
  }

  public TurnaroundProperties {
    targets = targets == null ? List.of() : List.copyOf(targets);
    lostAfter = lostAfter == null ? Duration.ofDays(14) : lostAfter;
    neverPerformedAfter = neverPerformedAfter == null ? Duration.ofDays(42) : neverPerformedAfter;
    preliminaryWithoutFinalAfter = preliminaryWithoutFinalAfter == null
        ? Duration.ofHours(24) : preliminaryWithoutFinalAfter;
    reportingLeads = reportingLeads == null ? List.of() : List.copyOf(reportingLeads);
    sweepInterval = sweepInterval == null ? Duration.ofMinutes(1) : sweepInterval;
    mail = mail == null ? new Mail(false, "vigil@localhost", "http://localhost:8080") : mail;
  }
}
