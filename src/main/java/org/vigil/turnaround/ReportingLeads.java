package org.vigil.turnaround;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.vigil.turnaround.TurnaroundProperties.ReportingLead;

/**
 * Who is told of a breach: the most specific configured reporting lead for the examination's
 * site and modality (site and modality beat site, which beats modality, which beats neither).
 * With no lead configured for it, the fail-safe office sees it in Vigil: a breach always reaches
 * someone (hazard H28).
 */
@Component
class ReportingLeads {

  private static final Logger log = LoggerFactory.getLogger(ReportingLeads.class);

  private final List<ReportingLead> leads;
  private final boolean mailOn;

  ReportingLeads(TurnaroundProperties properties, ObjectProvider<JavaMailSender> mail) {
    this.leads = properties.reportingLeads();
    this.mailOn = properties.mail().enabled();
    for (int i = 0; i < leads.size(); i++) {
      if (leads.get(i).users().isEmpty() && leads.get(i).emails().isEmpty()) {
        throw new IllegalArgumentException("vigil.turnaround.reporting-leads[" + i
            + "] names no user and no email: a breach sent there would reach nobody");
      }
    }
    boolean anyEmail = leads.stream().anyMatch(l -> !l.emails().isEmpty());
    if (anyEmail && !mailOn) {
      log.warn("turnaround reporting leads have email addresses but vigil.turnaround.mail.enabled "
          + "is false: breaches reach them in Vigil only");
    }
    if (mailOn && mail.getIfAvailable() == null) {
      throw new IllegalStateException("vigil.turnaround.mail.enabled is true but no SMTP server "
          + "is configured (spring.mail.host)");
    }
  }

  /** In-app recipients: users, or the fail-safe office when no lead is configured. */
  Recipients of(String site, String modality) {
    ReportingLead best = null;
    for (ReportingLead lead : leads) {
      if (lead.matches(site, modality)
          && (best == null || lead.specificity() > best.specificity())) {
        best = lead;
      }
    }
    if (best == null || best.users().isEmpty() && (best.emails().isEmpty() || !mailOn)) {
      List<String> emails = best == null || !mailOn ? List.of() : best.emails();
      return new Recipients(List.of(Notice.FAILSAFE_OFFICE), emails);
    }
    return new Recipients(new ArrayList<>(best.users()), mailOn ? best.emails() : List.of());
  }

  record Recipients(List<String> users, List<String> emails) {
    String describe() {
      List<String> all = new ArrayList<>(users);
      all.addAll(emails);
      return String.join(", ", all);
    }
  }
}
