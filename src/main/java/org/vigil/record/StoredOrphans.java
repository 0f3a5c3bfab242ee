package org.vigil.record;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives every report stored without an examination (before results-only
 * examinations existed) the examination it lacked, so none stays unfindable. Done in Java rather
 * than in a Flyway script because it applies the record's own rules and events (see
 * docs/intake-hl7.md); idempotent, and safe with two nodes (an accession another node linked first
 * is simply linked to that examination).
 */
@Component
class StoredOrphans {

  private static final Logger log = LoggerFactory.getLogger(StoredOrphans.class);
  private static final int BATCH = 500;

  private final Reports reports;
  private final ImagingRecord record;
  private final Clock clock;

  StoredOrphans(Reports reports, ImagingRecord record, Clock clock) {
    this.reports = reports;
    this.record = record;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void linkAll() {
    int made = 0;
    List<String> accessions;
    java.util.Set<String> failed = new java.util.HashSet<>();
    while (!(accessions = reports.unlinkedAccessions(BATCH + failed.size())).isEmpty()
        && !failed.containsAll(accessions)) {
      for (String accession : accessions) {
        if (!failed.contains(accession)) {
          made += link(accession, failed);
        }
      }
    }
    if (made > 0 || !failed.isEmpty()) {
      log.warn("{} examination(s) made for reports stored without an order; {} accession(s) "
          + "could not be linked (see earlier errors)", made, failed.size());
    }
  }

  private int link(String accession, java.util.Set<String> failed) {
    Provenance provenance = Provenance.of("STARTUP", null, clock.instant());
    for (int attempt = 1; attempt <= 2; attempt++) {
      try {
        return record.linkStoredOrphans(accession, provenance);
      } catch (DataIntegrityViolationException raced) {
        log.info("another writer made the examination for a stored report first; linking again");
      } catch (RuntimeException e) {
        log.error("could not link stored reports of one accession", e);
        break;
      }
    }
    failed.add(accession);
    return 0;
  }
}
