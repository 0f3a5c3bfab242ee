package org.vigil.analysis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigil.record.Report;
import org.vigil.record.ReportId;

/**
 * Keeps the reader's memory bounded whatever the senders send. The engine holds about fifty times
 * a report's text while it reads it (a 9 MB report needed more than 400 MB), so a batch is read in
 * parts whose texts add up to at most {@code vigil.reading.part-chars}, and a report is read up to
 * {@code vigil.reading.max-text-chars} (real reports are a few thousand characters). A report read
 * only in part is logged and counted ({@code vigil.reading.partial}): loudly, never silently.
 */
@Component
class ReadingLimits {

  private static final Logger log = LoggerFactory.getLogger(ReadingLimits.class);

  private final long partChars;
  private final int maxTextChars;
  private final Counter partial;

  ReadingLimits(@Value("${vigil.reading.part-chars:2000000}") long partChars,
      @Value("${vigil.reading.max-text-chars:1000000}") int maxTextChars, MeterRegistry meters) {
    this.partChars = partChars;
    this.maxTextChars = maxTextChars;
    this.partial = Counter.builder("vigil.reading.partial")
        .description("reports longer than vigil.reading.max-text-chars, read only up to it")
        .register(meters);
  }

  /** These reports in order, cut into parts whose (readable) texts fit together in memory. */
  List<List<ReportId>> parts(Collection<ReportId> ids, Map<ReportId, Long> lengths) {
    List<List<ReportId>> parts = new ArrayList<>();
    List<ReportId> current = new ArrayList<>();
    long chars = 0;
    for (ReportId id : ids) {
      long length = Math.min(maxTextChars, lengths.getOrDefault(id, 0L));
      if (!current.isEmpty() && chars + length > partChars) {
        parts.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(id);
      chars += length;
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  /** The text the engine reads: all of it, or its first {@code max-text-chars} characters. */
  String readable(Report report) {
    String text = report.text();
    if (text.length() <= maxTextChars) {
      return text;
    }
    partial.increment();
    log.warn("report {} has {} characters: read only its first {} (vigil.reading.max-text-chars)",
        report.id(), text.length(), maxTextChars);
    return text.substring(0, maxTextChars);
  }
}
