import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a Vigil PostgreSQL database (schema already made by Vigil's Flyway migrations) with
 * generated examinations, by COPY, and with the dashboard aggregates Vigil's aggregator would
 * have kept for them (turnaround_week/_counted, backlog_day/_counted, the cursor at the end).
 *
 * <pre>java -cp postgresql.jar bench/turnaround/GenerateExams.java \
 *     --url jdbc:postgresql://localhost:18135/vigil --exams 5000000 [--weeks 52] [--seed 1]
 *     [--first N --patients P]   (add exams N.. to a database already filled, same patients)</pre>
 *
 * Distribution (one year of a very large trust by default): weekday daytime arrivals for planned
 * work, ED and inpatients around the clock; priority mix ED 25%, inpatient 20%, urgent 10%,
 * two-week-wait 10%, GP 15%, routine 20%; modality DX 45%, CT 20%, US 18%, MR 10%, MG 4%, NM 3%;
 * performed-to-report times lognormal around each setting's typical time, with a tail; an MRI
 * backlog building over the last 6 weeks; 3% cancelled, 1.5% never performed, 0.5% performed and
 * never reported ("lost"), 1% preliminary without a final. Breaches use Vigil's shipped default
 * targets (ED 4 h, inpatient 24 h, urgent 2 d, 2WW 3 d, GP 7 d, outpatient 21 d).
 * No report rows are generated (the dashboard, forecast and gauges do not read them).
 */
public final class GenerateExams {

  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final String[] MODALITIES = {"DX", "CT", "US", "MR", "MG", "NM"};
  static final int[] MODALITY_SHARE = {45, 20, 18, 10, 4, 3};
  static final String[] SITES = {"RX1-MAIN", "RX1-GEN", "RX1-CDC"};
  static final int CHUNK = 50_000;

  enum Kind {
    ED("EMERGENCY_DEPARTMENT", "EMERGENCY", "ED", 25, 4, 1.5),
    INPATIENT("INPATIENT", "INPATIENT", "INPATIENT", 20, 24, 8),
    URGENT("URGENT", "OUTPATIENT", "OUTPATIENT", 10, 48, 20),
    TWO_WEEK_WAIT("TWO_WEEK_WAIT", "OUTPATIENT", "TWO_WEEK_WAIT", 10, 72, 30),
    GP("GP_DIRECT_ACCESS", "GP", "GP_DIRECT_ACCESS", 15, 168, 60),
    ROUTINE("ROUTINE", "OUTPATIENT", "OUTPATIENT", 20, 504, 120);

    final String priority, patientClass, setting;
    final int share;
    final double targetHours, typicalHours;

    Kind(String priority, String patientClass, String setting, int share, double targetHours,
        double typicalHours) {
      this.priority = priority;
      this.patientClass = patientClass;
      this.setting = setting;
      this.share = share;
      this.targetHours = targetHours;
      this.typicalHours = typicalHours;
    }

    boolean planned() {
      return this != ED && this != INPATIENT;
    }
  }

  public static void main(String[] args) throws Exception {
    String url = null;
    long exams = 1_000_000;
    int weeks = 52;
    long seed = 1;
    long first = 0;
    long patients = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i];
        case "--exams" -> exams = Long.parseLong(args[++i]);
        case "--weeks" -> weeks = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--first" -> first = Long.parseLong(args[++i]);
        case "--patients" -> patients = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("--url jdbc:postgresql://host:port/db is required");
    }
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      new GenerateExams(c, exams, weeks, new Random(seed + first), first,
          patients > 0 ? patients : Math.max(1, (first + exams) / 3)).run();
    }
  }

  private final Connection connection;
  private final CopyManager copy;
  private final long exams;
  private final int weeks;
  private final Random random;
  private final long first;
  private final long patients;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final Map<String, long[]> weekHistogram = new HashMap<>(); // key -> {exams, breached}
  private final Map<String, long[]> dayFlows = new HashMap<>(); // day|modality -> {in, out}
  private Instant lastUpdated = Instant.EPOCH;
  private UUID lastId = new UUID(0, 0);

  GenerateExams(Connection connection, long exams, int weeks, Random random, long first,
      long patients) throws Exception {
    this.first = first;
    this.patients = patients;
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.exams = exams;
    this.weeks = weeks;
    this.random = random;
  }

  void run() throws Exception {
    long started = System.nanoTime();
    if (first == 0) {
      copyPatients(patients); // a later run (--first N) adds exams for the same patients
      log("patients", patients, started);
    }
    StringBuilder examRows = new StringBuilder();
    StringBuilder counted = new StringBuilder();
    StringBuilder flows = new StringBuilder();
    Instant start = now.minus(Duration.ofDays(7L * weeks));
    double span = Duration.between(start, now).getSeconds();
    for (long i = first; i < first + exams; i++) {
      exam(i, patients, start, span, examRows, counted, flows);
      if ((i + 1 - first) % CHUNK == 0 || i + 1 == first + exams) {
        copy.copyIn("copy exam (id, patient_id, accession_number, procedure_code, procedure_name, "
            + "modality, body_part, priority, patient_class, requester, site, status, requested_at, "
            + "scheduled_at, performed_at, preliminary_at, final_at, cancelled_at, created_at, "
            + "updated_at) from stdin (format csv)", new StringReader(examRows.toString()));
        copy.copyIn("copy turnaround_counted (exam_id, week_start, modality, priority, setting, "
            + "bucket, breached) from stdin (format csv)", new StringReader(counted.toString()));
        copy.copyIn("copy backlog_counted (exam_id, modality, entered_on, left_on) from stdin "
            + "(format csv)", new StringReader(flows.toString()));
        examRows.setLength(0);
        counted.setLength(0);
        flows.setLength(0);
        if ((i + 1 - first) % (CHUNK * 10) == 0) {
          log("exams", i + 1 - first, started);
        }
      }
    }
    writeAggregates();
    try (Statement s = connection.createStatement()) {
      s.execute("analyze");
    }
    log("done: exams", exams, started);
  }

  private void exam(long i, long patients, Instant start, double span, StringBuilder rows,
      StringBuilder counted, StringBuilder flows) {
    Kind kind = pick(Kind.values());
    String modality = modality(kind);
    Instant requested = arrival(kind, start.plusSeconds((long) (random.nextDouble() * span)));
    Instant performed = requested.plus(hours(kind.planned() ? 24 * (1 + random.nextInt(20))
        : 0.5 + random.nextDouble() * 3));
    if (kind.planned()) {
      performed = daytime(performed);
    }
    Instant scheduled = requested.plus(Duration.between(requested, performed).dividedBy(2));
    int roll = random.nextInt(1000);
    String status;
    Instant prelim = null;
    Instant fin = null;
    Instant cancelled = null;
    if (roll < 30) {
      status = "CANCELLED";
      cancelled = requested.plus(Duration.between(requested, scheduled).dividedBy(2));
      performed = null;
    } else if (roll < 45 || performed.isAfter(now)) {
      status = "SCHEDULED"; // never performed (or not yet)
      performed = null;
    } else if (roll < 50) {
      status = "PERFORMED"; // lost
    } else {
      double typical = kind.typicalHours * mriBacklog(modality, kind, performed);
      double tail = random.nextInt(100) < 7 ? 3 + random.nextDouble() * 5 : 1;
      Instant reported = performed.plus(hours(typical * Math.exp(random.nextGaussian() * 0.6) * tail));
      boolean preliminaryOnly = roll < 60 && !kind.planned();
      if (!kind.planned() && random.nextInt(3) == 0) {
        prelim = performed.plus(Duration.between(performed, reported).dividedBy(3));
      }
      if (preliminaryOnly) {
        prelim = prelim != null ? prelim : performed.plus(hours(1));
        status = prelim.isAfter(now) ? "PERFORMED" : "PRELIMINARY_REPORTED";
        prelim = prelim.isAfter(now) ? null : prelim;
      } else if (reported.isAfter(now)) {
        status = prelim != null && !prelim.isAfter(now) ? "PRELIMINARY_REPORTED" : "PERFORMED";
        prelim = "PERFORMED".equals(status) ? null : prelim;
      } else {
        status = "REPORTED";
        fin = reported;
      }
    }
    Instant updated = max(max(requested, performed), max(max(prelim, fin), cancelled));
    UUID id = new UUID(0x0190000000007000L | (i << 16), random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    rows.append(id).append(',').append(patientId(Math.floorMod(random.nextLong(), patients)))
        .append(",BT").append(i).append(',').append(modality).append("001,")
        .append(modality).append(" examination,").append(modality).append(",Chest,")
        .append(kind.priority).append(',').append(kind.patientClass).append(",Dr Requester ")
        .append(random.nextInt(400)).append(',').append(SITES[random.nextInt(SITES.length)])
        .append(',').append(status).append(',').append(requested).append(',').append(scheduled)
        .append(',').append(ts(performed)).append(',').append(ts(prelim)).append(',')
        .append(ts(fin)).append(',').append(ts(cancelled)).append(',').append(requested)
        .append(',').append(updated).append('\n');
    if (fin != null && !fin.isBefore(performed)) {
      Duration taken = Duration.between(performed, fin);
      LocalDate week = fin.atZone(ZONE).toLocalDate()
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      int bucket = bucket(taken.toMinutes());
      boolean breached = taken.toMinutes() > kind.targetHours * 60;
      counted.append(id).append(',').append(week).append(',').append(modality).append(',')
          .append(kind.priority).append(',').append(kind.setting).append(',').append(bucket)
          .append(',').append(breached).append('\n');
      long[] h = weekHistogram.computeIfAbsent(week + "," + modality + "," + kind.priority + ","
          + kind.setting + "," + bucket, k -> new long[2]);
      h[0]++;
      h[1] += breached ? 1 : 0;
    }
    if (performed != null) {
      LocalDate entered = performed.atZone(ZONE).toLocalDate();
      Instant leftAt = fin != null ? fin : null;
      LocalDate left = leftAt == null ? null : leftAt.atZone(ZONE).toLocalDate();
      flows.append(id).append(',').append(modality).append(',').append(entered).append(',')
          .append(left == null ? "" : left.toString()).append('\n');
      dayFlows.computeIfAbsent(entered + "," + modality, k -> new long[2])[0]++;
      if (left != null) {
        dayFlows.computeIfAbsent(left + "," + modality, k -> new long[2])[1]++;
      }
    }
    if (updated.isAfter(lastUpdated)) {
      lastUpdated = updated;
      lastId = id;
    }
  }

  private void writeAggregates() throws Exception {
    StringBuilder weeksCsv = new StringBuilder();
    weekHistogram.forEach((key, v) -> weeksCsv.append(key).append(',').append(v[0]).append(',')
        .append(v[1]).append('\n'));
    try (Statement s = connection.createStatement()) {
      s.execute("create temporary table tw (like turnaround_week)");
      s.execute("create temporary table bd (like backlog_day)");
    }
    copy.copyIn("copy tw (week_start, modality, priority, setting, bucket, exams, "
        + "breached) from stdin (format csv)", new StringReader(weeksCsv.toString()));
    StringBuilder daysCsv = new StringBuilder();
    dayFlows.forEach((key, v) -> daysCsv.append(key).append(',').append(v[0]).append(',')
        .append(v[1]).append('\n'));
    copy.copyIn("copy bd (flow_day, modality, entered, exited) from stdin (format csv)",
        new StringReader(daysCsv.toString()));
    try (Statement s = connection.createStatement()) {
      s.execute("insert into turnaround_week select * from tw on conflict on constraint "
          + "turnaround_week_pk do update set exams = turnaround_week.exams + excluded.exams, "
          + "breached = turnaround_week.breached + excluded.breached");
      s.execute("insert into backlog_day select * from bd on conflict on constraint backlog_day_pk "
          + "do update set entered = backlog_day.entered + excluded.entered, "
          + "exited = backlog_day.exited + excluded.exited");
    }
    try (PreparedStatement p = connection.prepareStatement(
        "insert into turnaround_cursor (id, updated_after, after_id) values (1, ?, ?) "
            + "on conflict (id) do update set updated_after = greatest("
            + "turnaround_cursor.updated_after, excluded.updated_after), after_id = case when "
            + "excluded.updated_after > turnaround_cursor.updated_after then excluded.after_id "
            + "else turnaround_cursor.after_id end")) {
      p.setObject(1, lastUpdated.atOffset(java.time.ZoneOffset.UTC));
      p.setObject(2, lastId);
      p.executeUpdate();
    }
  }

  private void copyPatients(long count) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (long p = 0; p < count; p++) {
      LocalDate birth = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      rows.append(patientId(p)).append(',').append(nhs(p)).append(",Bench").append(p % 5000)
          .append(",Pat,").append(birth).append(',').append(random.nextBoolean() ? "F" : "M")
          .append(',').append(now).append(',').append(now).append('\n');
      if ((p + 1) % CHUNK == 0 || p + 1 == count) {
        copy.copyIn("copy patient (id, nhs_number, family_name, given_name, birth_date, sex, "
            + "created_at, updated_at) from stdin (format csv)", new StringReader(rows.toString()));
        rows.setLength(0);
      }
    }
  }

  /** MRI outpatient reporting slows up to 4x over the last 6 weeks: a backlog builds. */
  private double mriBacklog(String modality, Kind kind, Instant performed) {
    Instant from = now.minus(Duration.ofDays(42));
    if (!modality.equals("MR") || !kind.planned() || performed.isBefore(from)) {
      return 1;
    }
    return 1 + 3.0 * Duration.between(from, performed).getSeconds() / (42 * 86_400.0);
  }

  private String modality(Kind kind) {
    int roll = random.nextInt(100);
    for (int m = 0; m < MODALITIES.length; m++) {
      roll -= MODALITY_SHARE[m];
      if (roll < 0) {
        return kind == Kind.ED && m >= 3 ? "CT" : MODALITIES[m];
      }
    }
    return "DX";
  }

  private Kind pick(Kind[] kinds) {
    int roll = random.nextInt(100);
    for (Kind k : kinds) {
      roll -= k.share;
      if (roll < 0) {
        return k;
      }
    }
    return Kind.ROUTINE;
  }

  /** ED and inpatients around the clock (busier by day); planned work on weekdays 08-18. */
  private Instant arrival(Kind kind, Instant at) {
    ZonedDateTime t = at.atZone(ZONE);
    if (!kind.planned()) {
      return t.getHour() < 8 && random.nextBoolean() ? t.withHour(8 + random.nextInt(12)).toInstant()
          : at;
    }
    return daytime(at);
  }

  private Instant daytime(Instant at) {
    ZonedDateTime t = at.atZone(ZONE);
    if (t.getHour() < 8 || t.getHour() >= 18) {
      t = t.withHour(8 + random.nextInt(10));
    }
    while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
      t = t.plusDays(1);
    }
    return t.toInstant();
  }

  /** Vigil's bands (TurnaroundBuckets): 10% wider each. */
  static int bucket(long minutes) {
    if (minutes <= 1) {
      return 0;
    }
    return (int) Math.min(160, Math.floor(Math.log(minutes) / Math.log(1.10)));
  }

  private static Duration hours(double h) {
    return Duration.ofSeconds((long) (h * 3600));
  }

  private static UUID patientId(long p) {
    return new UUID(0x0190000000004000L, 0x8000000000000000L | p);
  }

  /** A 10-digit number in the 999 test range (not checked: the bench never matches on it). */
  private static String nhs(long p) {
    return String.format("999%07d", p % 10_000_000);
  }

  private static String ts(Instant t) {
    return t == null ? "" : t.toString();
  }

  private static Instant max(Instant a, Instant b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static void log(String what, long n, long started) {
    System.out.printf("%s %,d after %.1f s%n", what, n, (System.nanoTime() - started) / 1e9);
  }
}
