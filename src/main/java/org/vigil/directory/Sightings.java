package org.vigil.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fills the directory from the feeds, inside each message's transaction. A clinician already seen
 * with the same name within the hour costs no database write (intake keeps its rate); what this
 * node remembers is only added after the message commits, so a rolled-back message is forgotten.
 * A first sighting races another message safely: the insert runs in a savepoint and a clash means
 * the other message wrote it. Values too long for the directory are skipped, never refused: the
 * directory must not cost a clinical message.
 */
@Component
class Sightings {

  private static final Logger log = LoggerFactory.getLogger(Sightings.class);
  private static final Duration REFRESH = Duration.ofHours(1);
  private static final int REMEMBERED = 50_000;

  private record Seen(String name, Instant at) {}

  private final DirectoryRows rows;
  private final Map<ClinicianKey, Seen> clinicians = new ConcurrentHashMap<>();
  private final Map<String, Boolean> teams = new ConcurrentHashMap<>();

  Sightings(DirectoryRows rows) {
    this.rows = rows;
  }

  void note(Sighting sighting, Instant at) {
    for (SeenClinician seen : sighting.clinicians()) {
      if (fits(seen)) {
        note(seen, at);
      }
    }
    for (String team : sighting.teams()) {
      if (team.length() <= DirectoryRows.TEAM && !teams.containsKey(team)) {
        if (!rows.teamExists(team)) {
          inSavepoint(() -> rows.insertTeam(team, at));
        }
        afterCommit(() -> remember(teams, team, Boolean.TRUE));
      }
    }
  }

  private void note(SeenClinician seen, Instant at) {
    Seen known = clinicians.get(seen.key());
    if (known != null && (seen.name() == null || Objects.equals(known.name(), seen.name()))
        && known.at().plus(REFRESH).isAfter(at)) {
      return;
    }
    var stored = rows.find(seen.key());
    if (stored.isEmpty()) {
      inSavepoint(() -> rows.insertSeen(seen, at));
    } else if ((seen.name() != null && !seen.name().equals(stored.get().name()))
        || stored.get().lastSeenAt() == null || stored.get().lastSeenAt().plus(REFRESH).isBefore(at)) {
      rows.updateSeen(seen, at);
    }
    String name = seen.name() != null ? seen.name() : stored.map(DirectoryEntry::name).orElse(null);
    afterCommit(() -> remember(clinicians, seen.key(), new Seen(name, at)));
  }

  private static boolean fits(SeenClinician seen) {
    boolean fits = seen.key().code().length() <= DirectoryRows.CODE
        && seen.key().authority().length() <= DirectoryRows.CODE
        && (seen.name() == null || seen.name().length() <= DirectoryRows.NAME);
    if (!fits) {
      log.warn("directory: a clinician identifier or name is too long to keep; skipped");
    }
    return fits;
  }

  private static void inSavepoint(Runnable insert) {
    TransactionStatus status = TransactionAspectSupport.currentTransactionStatus();
    Object savepoint = status.createSavepoint();
    try {
      insert.run();
      status.releaseSavepoint(savepoint);
    } catch (DuplicateKeyException raced) {
      status.rollbackToSavepoint(savepoint); // another message wrote it first: that is the same fact
    }
  }

  private static <K, V> void remember(Map<K, V> map, K key, V value) {
    if (map.size() >= REMEMBERED) {
      map.clear();
    }
    map.put(key, value);
  }

  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }

  /** Forget what this node remembers (tests; an administrator's change does not need it). */
  void forget() {
    clinicians.clear();
    teams.clear();
  }
}
