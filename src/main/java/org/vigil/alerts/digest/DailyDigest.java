package org.vigil.alerts.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertAccess;
import org.vigil.alerts.AlertQuery;
import org.vigil.alerts.AlertState;
import org.vigil.alerts.Alerts;
import org.vigil.alerts.AlertsProperties;
import org.vigil.alerts.Viewer;

/**
 * Sends the day's digests, on every node: once the configured time has passed in the trust's
 * zone, each clinician with open alerts awaiting them (raised before that time, within what
 * their inbox shows) is claimed in {@link DigestClaims} and emailed. Nobody gets an empty digest;
 * with several nodes the claim makes each person's digest go once. Time comes from the
 * application's Clock: tests move it and call {@link #tick()}.
 */
@Component
class DailyDigest {

  private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
  /** What awaits a clinician: the states of the referrer's inbox. */
  private static final Set<AlertState> AWAITING = Set.of(AlertState.RAISED, AlertState.NOTIFIED,
      AlertState.VIEWED, AlertState.ESCALATED, AlertState.ACKNOWLEDGED);

  private final DigestProperties properties;
  private final AlertsProperties alertsProperties;
  private final DigestRecipients recipients;
  private final DigestClaims claims;
  private final Alerts alerts;
  private final AlertAccess access;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;

  DailyDigest(DigestProperties properties, AlertsProperties alertsProperties,
      DigestRecipients recipients, DigestClaims claims, Alerts alerts, AlertAccess access,
      ObjectProvider<JavaMailSender> mail, Clock clock) {
    this.properties = properties;
    this.alertsProperties = alertsProperties;
    this.recipients = recipients;
    this.claims = claims;
    this.alerts = alerts;
    this.access = access;
    this.mail = mail;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${vigil.alerts.digest.check-interval:1m}",
      initialDelayString = "${vigil.alerts.digest.check-interval:1m}")
  void scheduled() {
    try {
      tick();
    } catch (RuntimeException e) {
      log.error("daily digest failed; it is tried again at the next interval", e);
    }
  }

  /** Sends what is due now; returns how many digests this node sent. */
  int tick() {
    if (!properties.enabled() || !alertsProperties.mail().enabled()) {
      return 0;
    }
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(properties.zone());
    LocalDate day = local.toLocalDate();
    Instant digestTime = day.atTime(properties.time()).atZone(properties.zone()).toInstant();
    if (now.isBefore(digestTime)) {
      return 0;
    }
    int sent = 0;
    Set<String> done = claims.doneOn(day);
    for (DigestRecipient r : recipients.all()) {
      if (!done.contains(r.user()) && send(r, day, digestTime, now)) {
        sent++;
      }
    }
    if (sent > 0) {
      log.info("daily digest: {} email(s) sent for {}", sent, day);
    }
    return sent;
  }

  private boolean send(DigestRecipient r, LocalDate day, Instant digestTime, Instant now) {
    Viewer viewer = new Viewer(r.user(), Set.of("REFERRER"));
    List<Alert> awaiting = alerts.search(new AlertQuery(AWAITING, null, null, null, null, null,
        digestTime, access.scopeOf(viewer), 1000));
    if (awaiting.isEmpty()) {
      claims.nothingToSend(r.user(), day, now);
      return false;
    }
    if (!claims.claim(r.user(), day, awaiting.size(), now)) {
      return false;
    }
    try {
      JavaMailSender sender = mail.getIfAvailable();
      if (sender == null) {
        throw new IllegalStateException("alert email is on but no SMTP server is configured");
      }
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(alertsProperties.mail().from());
      message.setTo(r.email());
      message.setSubject(DigestEmail.subject(awaiting, now));
      message.setText(DigestEmail.body(awaiting, now, properties.zone(),
          alertsProperties.mail().linkBase(), properties.maxListed()));
      sender.send(message);
    } catch (RuntimeException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.error("daily digest for user {} failed ({}); retried after {}", r.user(),
          e.getClass().getSimpleName(), DigestClaims.LEASE);
      claims.failed(r.user(), day, error);
      return false;
    }
    claims.sent(r.user(), day, clock.instant());
    return true;
  }
}
