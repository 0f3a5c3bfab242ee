package org.vigil.turnaround;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends escalation emails (spring.mail.*, the same SMTP server as the alerts). A message says the
 * least that lets the lead act: the breach, the accession number, modality, site, when it fell
 * due and a link. Never the patient's name, never report text. Each email is claimed before it
 * is sent, so two nodes do not both send it; a failure is retried, doubling the wait, and after
 * the last attempt it is marked FAILED and logged as an error.
 */
@Component
class LeadMail {

  private static final Logger log = LoggerFactory.getLogger(LeadMail.class);
  private static final int MAX_ATTEMPTS = 5;
  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  private final Escalations escalations;
  private final ObjectProvider<JavaMailSender> mail;
  private final TurnaroundProperties properties;
  private final Clock clock;

  LeadMail(Escalations escalations, ObjectProvider<JavaMailSender> mail,
      TurnaroundProperties properties, Clock clock) {
    this.escalations = escalations;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  int sendDue(int batch) {
    int sent = 0;
    Instant now = clock.instant();
    for (UUID id : escalations.dueEmails(now, batch)) {
      if (escalations.claim(id, now)) {
        send(escalations.email(id));
        sent++;
      }
    }
    return sent;
  }

  private void send(Escalations.EmailNotice notice) {
    Instant now = clock.instant();
    try {
      JavaMailSender sender = mail.getIfAvailable();
      if (sender == null) {
        throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
      }
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.mail().from());
      message.setTo(notice.recipient());
      message.setSubject(subject(notice));
      message.setText(body(notice));
      sender.send(message);
      escalations.delivered(notice.id(), now);
    } catch (RuntimeException e) {
      boolean last = notice.attempts() >= MAX_ATTEMPTS;
      Instant retry = last ? null
          : now.plus(FIRST_RETRY.multipliedBy(1L << (notice.attempts() - 1)));
      escalations.failed(notice.id(), e.getMessage(), retry);
      if (last) {
        log.error("TURNAROUND ESCALATION EMAIL NOT SENT after {} attempts (notice {}); the lead "
            + "still sees it in Vigil", notice.attempts(), notice.id(), e);
      } else {
        log.warn("turnaround escalation email {} failed (attempt {}); retrying at {}",
            notice.id(), notice.attempts(), retry);
      }
    }
  }

  static String subject(Escalations.EmailNotice n) {
    return "[Vigil] " + n.breach().label() + " (accession " + n.accessionNumber() + ")";
  }

  String body(Escalations.EmailNotice n) {
    return n.breach().label() + " for an examination you lead the reporting of.\n\n"
        + "Accession number: " + n.accessionNumber()
        + "\nModality: " + (n.modality() == null ? "not stated" : n.modality())
        + "\nSite: " + (n.site() == null ? "not stated" : n.site())
        + "\nDue: " + WHEN.format(n.dueAt())
        + "\n\nSign in to Vigil to see the patient and the backlog:\n"
        + properties.mail().linkBase() + "/turnaround/notices"
        + "\n\nThis message holds no clinical detail on purpose. Do not reply to it.\n";
  }
}
