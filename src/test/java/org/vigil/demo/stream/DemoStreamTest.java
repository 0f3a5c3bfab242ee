package org.vigil.demo.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.demo.DemoMessage;
import org.vigil.demo.DemoOptions;
import org.vigil.demo.content.Significance;

public class DemoStreamTest {

  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
  static final DemoOptions OPTIONS = DemoOptions.defaults(CLOCK);
  static List<DemoMessage> stream;

  @BeforeAll
  static void generate() {
    quietHapi();
    stream = DemoStream.generate(OPTIONS);
  }

  @Test
  void theSameSeedAndClockGiveTheSameStream() {
    assertThat(DemoStream.generate(OPTIONS)).isEqualTo(stream);
    assertThat(DemoStream.generate(OPTIONS.withSeed(7))).isNotEqualTo(stream);
  }

  @Test
  void everyMessageParsesAsHl7Version251() throws Exception {
    try (HapiContext context = new DefaultHapiContext()) {
      context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
      PipeParser parser = context.getPipeParser();
      Set<String> structures = new HashSet<>();
      for (DemoMessage m : stream) {
        Message parsed = parser.parse(m.text());
        structures.add(parsed.getName());
      }
      assertThat(structures).contains("ADT_A05", "ADT_A01", "ADT_A39", "ADT_A30", "ORM_O01",
          "OMI_O23", "ORU_R01");
    }
  }

  @Test
  void everyNhsNumberSentIsValid() {
    Pattern nhs = Pattern.compile("\\|(\\d+)\\^\\^\\^NHS\\^NH");
    Set<String> numbers = new HashSet<>();
    for (DemoMessage m : stream) {
      Matcher matcher = nhs.matcher(m.text());
      while (matcher.find()) {
        numbers.add(matcher.group(1));
      }
    }
    assertThat(numbers).hasSizeGreaterThan(250).allMatch(NhsNumbers::isValid);
  }

  @Test
  void controlIdsAreUniqueAndMessagesEndByNow() {
    Set<String> ids = stream.stream().map(m -> m.text().split("\\|", 11)[9])
        .collect(Collectors.toSet());
    assertThat(ids).hasSize(stream.size());
    assertThat(stream).allMatch(m -> !m.at().isAfter(CLOCK.instant()));
    assertThat(stream).isSortedAccordingTo(java.util.Comparator.comparing(DemoMessage::at));
  }

  @Test
  void theMixHasRegistrationsOrdersStatusChangesReportsAndMerges() {
    Map<String, Long> types = stream.stream()
        .collect(Collectors.groupingBy(DemoMessage::type, Collectors.counting()));
    assertThat(types.get("ADT^A31")).isGreaterThanOrEqualTo(300);
    assertThat(types).containsKeys("ADT^A08", "ADT^A40", "ADT^A47", "OMI^O23");
    assertThat(types.get("ORU^R01")).isGreaterThan(500);
    assertThat(stream.size()).isBetween(3000, 8000);
    String all = stream.stream().map(DemoMessage::text).collect(Collectors.joining());
    assertThat(all).contains("ORC|NW|", "ORC|SC|", "ORC|CA|", "ORC|DC|", "|SC|", "|IP|", "|CM|");
    assertThat(all).contains("CRITICAL ALERT", "\\.br\\", "Clinical details:", "Findings:",
        "Conclusion:", "|AA|", "\\T\\");
  }

  @Test
  void aboutOneInTenReportsIsSignificantAndAFewAreCritical() {
    List<DemoOrder> orders = DemoStream.orders(OPTIONS);
    Map<Significance, Long> mix = orders.stream().collect(Collectors.groupingBy(
        o -> o.report().significance(), Collectors.counting()));
    double critical = mix.getOrDefault(Significance.CRITICAL, 0L) / (double) orders.size();
    double alerting = orders.stream().filter(o -> o.report().significance().alerts()).count()
        / (double) orders.size();
    System.out.printf("orders %d, mix %s%n", orders.size(), mix);
    assertThat(critical).isBetween(0.025, 0.06);
    assertThat(alerting).isBetween(0.08, 0.2);
  }

  @Test
  void someReportsArriveBeforeTheirOrder() {
    Map<String, Integer> firstIndex = new java.util.HashMap<>();
    int reportFirst = 0;
    Pattern accession = Pattern.compile("\\nOBR\\|1\\|[^|]*\\|([^^|]+)");
    for (int i = 0; i < stream.size(); i++) {
      DemoMessage m = stream.get(i);
      Matcher matcher = accession.matcher(m.text().replace('\r', '\n'));
      if (matcher.find() && firstIndex.putIfAbsent(matcher.group(1), i) == null
          && m.type().equals("ORU^R01")) {
        reportFirst++;
      }
    }
    assertThat(reportFirst).isPositive();
  }

  @Test
  void eachOrderStepsForwardInTime() {
    for (DemoOrder o : DemoStream.orders(OPTIONS)) {
      java.util.List<Instant> steps = java.util.stream.Stream.of(o.requestedAt(),
          o.performedAt(), o.completedAt(), o.preliminaryAt(), o.reportedAt())
          .filter(java.util.Objects::nonNull).toList();
      assertThat(steps).as(o.accessionNumber()).isSorted();
      if (o.scheduledAt() != null && o.performedAt() != null) {
        assertThat(o.scheduledAt()).isBeforeOrEqualTo(o.performedAt());
      }
    }
  }

  @Test
  void theHistoryShowsWeekdaysAnMriBacklogUnfinishedPreliminariesAndOrdersNeverPerformed() {
    List<DemoOrder> orders = DemoStream.orders(OPTIONS);
    Instant now = CLOCK.instant();
    java.util.function.Predicate<DemoOrder> waitingMr = o -> "MR".equals(o.procedure().modality())
        && o.performedAt() != null && (o.reportedAt() == null || o.reportedAt().isAfter(now))
        && o.cancelledAt() == null && o.discontinuedAt() == null;
    long mrWaiting = orders.stream().filter(waitingMr).count();
    long mrDone = orders.stream().filter(o -> "MR".equals(o.procedure().modality())
        && o.reportedAt() != null && !o.reportedAt().isAfter(now)).count();
    long preliminaryOnly = orders.stream().filter(o -> o.preliminaryAt() != null
        && !o.preliminaryAt().isAfter(now) && o.reportedAt() == null).count();
    long neverPerformed = orders.stream().filter(o -> o.performedAt() == null
        && o.cancelledAt() == null && o.discontinuedAt() == null).count();
    long weekendOutpatient = orders.stream().filter(o -> o.performedAt() != null
        && o.priority() == org.vigil.demo.content.RequestPriority.ROUTINE
        && o.performedAt().atZone(org.vigil.demo.content.Hl7.LONDON).getDayOfWeek().getValue() > 5)
        .count();
    System.out.printf("MR waiting %d (reported %d), preliminary only %d, never performed %d%n",
        mrWaiting, mrDone, preliminaryOnly, neverPerformed);
    assertThat(mrWaiting).isGreaterThan(mrDone / 10);
    assertThat(preliminaryOnly).isPositive();
    assertThat(neverPerformed).isPositive();
    assertThat(weekendOutpatient).isZero();
    // the span covers the configured weeks
    assertThat(stream.get(0).at()).isBefore(now.minus(java.time.Duration.ofDays(7L * 6 - 2)));
  }

  /** Without a logback-test.xml HAPI logs every parse at DEBUG, which dominates test time. */
  public static void quietHapi() {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ca.uhn.hl7v2"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
  }

  static Function<DemoMessage, String> segment(String name) {
    return m -> List.of(m.text().split("\r")).stream().filter(s -> s.startsWith(name + "|"))
        .findFirst().orElse("");
  }
}
