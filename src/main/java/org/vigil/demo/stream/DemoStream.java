package org.vigil.demo.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.vigil.demo.DemoMessage;
import org.vigil.demo.DemoOptions;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Staff;
import org.vigil.demo.stream.OrderEvents.Pending;

/**
 * The demo stream: registrations, updates, merges and identifier changes for the patients, and
 * the orders and reports about them, in time order, ending at the clock's "now". The same seed
 * and clock always give the same messages.
 */
public final class DemoStream {

  private static final Staff.Site PAS_SITE = Staff.SITES.get(0);

  private final Random random;
  private final Instant now;
  private final Instant start;
  private final PatientFactory patients;
  private final OrderFactory orders;
  private final OrderEvents events;
  private final List<Pending> pending = new ArrayList<>();
  private final List<DemoOrder> made = new ArrayList<>();

  private DemoStream(DemoOptions options) {
    this.random = new Random(options.seed());
    this.now = options.clock().instant();
    this.start = now.minus(Duration.ofDays(7L * options.weeks()));
    this.patients = new PatientFactory(random);
    this.orders = new OrderFactory(random);
    this.events = new OrderEvents(orders.writer());
  }

  /** The messages, oldest first, with unique control ids. */
  public static List<DemoMessage> generate(DemoOptions options) {
    DemoStream stream = new DemoStream(options);
    stream.build(options.patients());
    return stream.render(controlIdPrefix(stream.now));
  }

  /** The orders behind the messages (to check the mix in tests). */
  static List<DemoOrder> orders(DemoOptions options) {
    DemoStream stream = new DemoStream(options);
    stream.build(options.patients());
    return stream.made;
  }

  private void build(int count) {
    LocalDate today = now.atZone(Hl7.LONDON).toLocalDate();
    for (DemoPatient patient : patients.create(count, today)) {
      List<Instant> times = orderTimes();
      Instant registered = later(start,
          times.get(0).minus(Duration.ofMinutes(5 + random.nextInt(4000))));
      PatientHistory history = history(patient, registered);
      send(registered, history.partition(), "ADT^A31",
          id -> AdtMessages.registration(history.at(registered), PAS_SITE, registered, id));
      times.forEach(t -> order(history, t));
      if (random.nextInt(100) < 2) {
        duplicateThenMerge(history);
      }
    }
  }

  /** Some patients move house (A08); a few get a new hospital number (A47). */
  private PatientHistory history(DemoPatient patient, Instant registered) {
    PatientHistory history = PatientHistory.of(patient.key(), patient);
    Instant movedAt = random.nextInt(100) < 15 ? between(registered, now) : null;
    if (movedAt != null) {
      history = history.withUpdate(movedAt, patient.movedTo(
          (1 + random.nextInt(90)) + " Orchard Way"));
    }
    Instant renumberedAt = random.nextInt(100) < 1 || patient.key().equals("P0007")
        ? between(registered, now) : null;
    if (renumberedAt != null) {
      history = history.withMrnChange(patients.nextMrn(), renumberedAt);
    }
    PatientHistory result = history;
    if (movedAt != null) {
      send(movedAt, result.partition(), "ADT^A08",
          id -> AdtMessages.update(result.at(movedAt), PAS_SITE, movedAt, id));
    }
    if (renumberedAt != null) {
      send(renumberedAt, result.partition(), "ADT^A47",
          id -> AdtMessages.identifierChange(result.at(renumberedAt), PAS_SITE, renumberedAt, id));
    }
    return result;
  }

  /** A duplicate registered in ED without the NHS number, used for one order, then merged. */
  private void duplicateThenMerge(PatientHistory survivor) {
    DemoPatient duplicate = survivor.original().duplicate(survivor.partition() + "D",
        patients.nextMrn());
    Instant registered = between(start.plus(Duration.ofDays(1)), now.minus(Duration.ofDays(4)));
    Instant merged = registered.plus(Duration.ofHours(20 + random.nextInt(70)));
    PatientHistory dup = new PatientHistory(survivor.partition(), duplicate, merged,
        survivor.at(merged));
    send(registered, dup.partition(), "ADT^A31",
        id -> AdtMessages.registration(duplicate, PAS_SITE, registered, id));
    order(dup, registered.plus(Duration.ofMinutes(5)));
    send(merged, dup.partition(), "ADT^A40",
        id -> AdtMessages.merge(survivor.at(merged), duplicate, PAS_SITE, merged, id));
  }

  private void order(PatientHistory history, Instant at) {
    DemoOrder order = TurnaroundPatterns.shape(orders.create(history, at), now);
    made.add(order);
    events.emit(order, pending::add);
  }

  /** One to ten requests per patient (about three on average), at random in the period. */
  private List<Instant> orderTimes() {
    int count = Math.min(10, 1 + (int) (-Math.log(1 - random.nextDouble()) * 2.0));
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times.add(between(start.plus(Duration.ofHours(6)), now.minus(Duration.ofMinutes(20))));
    }
    times.sort(Comparator.naturalOrder());
    return times;
  }

  private void send(Instant at, String partition, String type,
      java.util.function.Function<String, String> render) {
    pending.add(new Pending(at, partition, type, render));
  }

  private List<DemoMessage> render(String prefix) {
    List<Pending> due = new ArrayList<>(pending.stream().filter(p -> !p.at().isAfter(now)).toList());
    due.sort(Comparator.comparing(Pending::at)); // stable: same-time messages keep their order
    List<DemoMessage> messages = new ArrayList<>(due.size());
    for (int i = 0; i < due.size(); i++) {
      Pending p = due.get(i);
      String id = prefix + String.format("%06d", i + 1);
      messages.add(new DemoMessage(p.at(), p.partition(), p.type(), p.render().apply(id)));
    }
    return messages;
  }

  /** Differs between runs on different days so a re-run is not mistaken for a duplicate feed. */
  private static String controlIdPrefix(Instant now) {
    return "DEMO" + Long.toString(now.getEpochSecond() / 60, 36).toUpperCase();
  }

  private Instant between(Instant from, Instant to) {
    long span = Math.max(1, Duration.between(from, to).getSeconds());
    return from.plusSeconds((long) (random.nextDouble() * span));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
