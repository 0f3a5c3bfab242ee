package org.vigil.turnaround;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.vigil.record.ExamId;

/**
 * When the targets change (or at the first start after installation), every open item's due
 * times are recomputed with the targets now in effect, so no list shows a target nobody set
 * (hazard H29). Reads only the backlog (its size, not the history's).
 */
@Component
class Retargeting {

  private static final Logger log = LoggerFactory.getLogger(Retargeting.class);
  private static final int PAGE = 500;

  private final Targets targets;
  private final BacklogKeeper keeper;
  private final Backlog backlog;
  private final JdbcClient jdbc;
  private final Clock clock;

  Retargeting(Targets targets, BacklogKeeper keeper, Backlog backlog, JdbcClient jdbc,
      Clock clock) {
    this.targets = targets;
    this.keeper = keeper;
    this.backlog = backlog;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Async
  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    String fingerprint = fingerprint();
    String stored = jdbc.sql("select targets_fingerprint from turnaround_state where id = 1")
        .query(String.class).optional().orElse(null);
    if (fingerprint.equals(stored)) {
      return;
    }
    int n = recomputeAll();
    int updated = jdbc.sql("update turnaround_state set targets_fingerprint = ?, updated_at = ? "
        + "where id = 1").params(fingerprint, Backlog.ts(clock.instant())).update();
    if (updated == 0) {
      jdbc.sql("insert into turnaround_state (id, targets_fingerprint, updated_at) values (1, ?, ?)")
          .params(fingerprint, Backlog.ts(clock.instant())).update();
    }
    log.info("turnaround targets changed: {} open examination(s) recomputed", n);
  }

  int recomputeAll() {
    int n = 0;
    UUID after = null;
    for (List<ExamId> page = backlog.idsAfter(null, PAGE); !page.isEmpty();
        page = backlog.idsAfter(after, PAGE)) {
      for (ExamId id : page) {
        keeper.sync(id);
        n++;
      }
      after = page.get(page.size() - 1).value();
    }
    return n;
  }

  String fingerprint() {
    String text = targets.rules() + "|" + targets.thresholds();
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
