package org.vigil.alerts.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per person and day. A node claims a person's digest before sending it: the first
 * insert wins; a claim left unsent (its node died, or the SMTP server failed) may be taken again
 * once its lease ran out. So each person gets the day's digest once, and a failed one is retried.
 */
@Repository
class DigestClaims {

  static final Duration LEASE = Duration.ofMinutes(5);

  private final JdbcClient jdbc;

  DigestClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True when this node now holds the person's digest for the day. */
  boolean claim(String recipient, LocalDate day, int alerts, Instant now) {
    try {
      jdbc.sql("insert into alert_digest (recipient, digest_day, claimed_at, alert_count) "
              + "values (?, ?, ?, ?)")
          .param(recipient).param(day).param(now.atOffset(ZoneOffset.UTC)).param(alerts).update();
      return true;
    } catch (DuplicateKeyException taken) {
      return jdbc.sql("update alert_digest set claimed_at = ?, alert_count = ? "
              + "where recipient = ? and digest_day = ? and sent_at is null and claimed_at < ?")
          .param(now.atOffset(ZoneOffset.UTC)).param(alerts).param(recipient).param(day)
          .param(now.minus(LEASE).atOffset(ZoneOffset.UTC)).update() == 1;
    }
  }

  void sent(String recipient, LocalDate day, Instant at) {
    jdbc.sql("update alert_digest set sent_at = ?, last_error = null "
            + "where recipient = ? and digest_day = ?")
        .param(at.atOffset(ZoneOffset.UTC)).param(recipient).param(day).update();
  }

  void failed(String recipient, LocalDate day, String error) {
    jdbc.sql("update alert_digest set last_error = ? where recipient = ? and digest_day = ?")
        .param(error.length() > 1000 ? error.substring(0, 1000) : error).param(recipient)
        .param(day).update();
  }

  /** Nothing awaited the person at the day's digest time: done, no email (never an empty one). */
  void nothingToSend(String recipient, LocalDate day, Instant now) {
    try {
      jdbc.sql("insert into alert_digest (recipient, digest_day, claimed_at, sent_at, "
              + "alert_count) values (?, ?, ?, ?, 0)")
          .param(recipient).param(day).param(now.atOffset(ZoneOffset.UTC))
          .param(now.atOffset(ZoneOffset.UTC)).update();
    } catch (DuplicateKeyException anotherNodeDidIt) {
      // the same conclusion, reached by another node
    }
  }

  /** The people whose digest for the day is done (sent, or nothing to send), by any node. */
  java.util.Set<String> doneOn(LocalDate day) {
    return new java.util.HashSet<>(jdbc.sql("select recipient from alert_digest "
            + "where digest_day = ? and sent_at is not null")
        .param(day).query(String.class).list());
  }
}
