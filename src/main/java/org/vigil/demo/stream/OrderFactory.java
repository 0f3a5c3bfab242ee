package org.vigil.demo.stream;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.vigil.demo.content.ExamKind;
import org.vigil.demo.content.Hl7;
import org.vigil.demo.content.Procedure;
import org.vigil.demo.content.Procedures;
import org.vigil.demo.content.ReportWriter;
import org.vigil.demo.content.RequestPriority;
import org.vigil.demo.content.Staff;

/** Makes imaging requests and decides what happens to each one, and when. */
final class OrderFactory {

  private final Random random;
  private final ReportWriter writer;
  private int sequence = 400_000;

  OrderFactory(Random random) {
    this.random = random;
    this.writer = new ReportWriter(random);
  }

  /** The times of each step; null where the step never happens. */
  private record Timeline(Instant requested, Instant scheduled, Instant performed,
      Instant completed, Instant preliminary, Instant reported, Instant corrected,
      Instant addendum, Instant cancelled, Instant discontinued) {}

  DemoOrder create(PatientHistory patient, Instant requestedAt) {
    boolean child = patient.original().ageAt(requestedAt) < 18;
    RequestPriority priority = child ? RequestPriority.ED : priority();
    boolean female = patient.original().sex().equals("F");
    Procedure procedure = procedure(priority, female, child);
    Staff.Team team = team(priority);
    Staff.Clinician requester = priority.fromGp() ? patient.original().practice().gp()
        : random.nextInt(4) == 0 ? team.consultant() : Staff.pick(Staff.JUNIORS, random);
    Timeline t = timeline(priority, procedure, requestedAt);
    sequence += 1 + random.nextInt(7);
    return new DemoOrder(patient, site(priority), priority, procedure, team, requester,
        "EPR" + (7_000_000 + sequence), "RVG" + (26_000_000 + sequence),
        "V" + (50_000_000 + sequence), t.requested(), t.scheduled(), t.performed(),
        t.completed(), t.preliminary(), t.reported(), t.corrected(), t.addendum(),
        t.cancelled(), t.discontinued(), random.nextInt(100) < 20,
        t.reported() != null && random.nextInt(1000) < 15, random.nextInt(100) < 35,
        writer.write(procedure, priority, female), Staff.pick(Staff.RADIOLOGISTS, random),
        Staff.pick(Staff.REGISTRARS, random));
  }

  /** About 4% cancelled, 2% discontinued, 2.5% done but never reported; the rest reported. */
  private Timeline timeline(RequestPriority priority, Procedure procedure, Instant requestedAt) {
    Instant requested = priority == RequestPriority.ED ? requestedAt : workingHours(requestedAt);
    Instant performed = performed(priority, requested);
    Instant scheduled = requested.plus(min(minutes(2, 240),
        Duration.between(requested, performed).dividedBy(2)));
    Instant completed = performed.plus(minutes(8, 45));
    int roll = random.nextInt(1000);
    if (roll < 40) {
      return new Timeline(requested, scheduled, null, null, null, null, null, null,
          requested.plus(between(Duration.ofMinutes(30), priority.typicalWaitToScan)), null);
    }
    if (roll < 60) {
      return new Timeline(requested, scheduled, null, null, null, null, null, null, null,
          scheduled.plus(between(Duration.ofMinutes(5), Duration.between(scheduled, performed))));
    }
    if (roll < 85) {
      return new Timeline(requested, scheduled, performed, completed, null, null, null, null,
          null, null);
    }
    Instant reported = completed.plus(reportDelay(priority));
    boolean preliminary = (priority == RequestPriority.ED || priority == RequestPriority.INPATIENT)
        && !procedure.modality().equals("DX") && random.nextInt(3) == 0;
    return new Timeline(requested, scheduled, performed, completed,
        preliminary
            ? completed.plus(min(minutes(15, 90), Duration.between(completed, reported).dividedBy(2)))
            : null, reported,
        random.nextInt(100) < 3 ? reported.plus(minutes(60, 4320)) : null,
        random.nextInt(100) < 4 ? reported.plus(minutes(20, 7200)) : null, null, null);
  }

  ReportWriter writer() {
    return writer;
  }

  private RequestPriority priority() {
    int roll = random.nextInt(100);
    if (roll < 25) {
      return RequestPriority.ED;
    }
    if (roll < 45) {
      return RequestPriority.INPATIENT;
    }
    if (roll < 55) {
      return RequestPriority.URGENT;
    }
    if (roll < 65) {
      return RequestPriority.TWO_WEEK_WAIT;
    }
    return roll < 80 ? RequestPriority.GP_DIRECT : RequestPriority.ROUTINE;
  }

  /**
   * An examination that fits the patient: no prostate MRI for a woman; children (seen in ED
   * here) have radiographs and ultrasound only.
   */
  private Procedure procedure(RequestPriority priority, boolean female, boolean child) {
    Procedure procedure;
    do {
      procedure = anyProcedure(priority);
    } while ((female ? procedure.kind() == ExamKind.MR_PROSTATE
        || procedure.kind() == ExamKind.US_TESTES : procedure.kind() == ExamKind.US_PELVIS)
        || (child && !procedure.modality().equals("DX") && !procedure.modality().equals("US")));
    return procedure;
  }

  private Procedure anyProcedure(RequestPriority priority) {
    List<Procedure> list = switch (priority) {
      case ED -> Procedures.ED;
      case INPATIENT -> Procedures.INPATIENT;
      case TWO_WEEK_WAIT -> Procedures.CANCER_PATHWAY;
      case GP_DIRECT -> Procedures.OUTPATIENT.stream()
          .filter(p -> p.modality().equals("DX") || p.modality().equals("US")).toList();
      default -> Procedures.OUTPATIENT;
    };
    return Procedures.pick(list, random);
  }

  private Staff.Site site(RequestPriority priority) {
    if (priority == RequestPriority.GP_DIRECT && random.nextBoolean()) {
      return Staff.SITES.get(2);
    }
    return Staff.SITES.get(random.nextInt(100) < 65 ? 0 : 1);
  }

  private Staff.Team team(RequestPriority priority) {
    if (priority.fromGp()) {
      return null;
    }
    if (priority == RequestPriority.ED) {
      return Staff.TEAMS.get(Staff.TEAMS.size() - 1);
    }
    return Staff.TEAMS.get(random.nextInt(Staff.TEAMS.size() - 1));
  }

  private Instant performed(RequestPriority priority, Instant requested) {
    Duration wait = between(priority.typicalWaitToScan.dividedBy(4),
        priority.typicalWaitToScan.multipliedBy(2));
    Instant at = requested.plus(wait);
    return priority == RequestPriority.ED || priority == RequestPriority.INPATIENT
        ? at : workingHours(at);
  }

  /** Reporting delay: mostly near the typical wait, with a long tail (the backlog). */
  private Duration reportDelay(RequestPriority priority) {
    Duration typical = priority.typicalWaitToReport;
    if (random.nextInt(100) < 6) {
      return between(typical.multipliedBy(3), typical.multipliedBy(8));
    }
    return between(typical.dividedBy(6), typical.multipliedBy(2));
  }

  /** Moves a time into the next weekday between 08:00 and 18:00 (London). */
  private Instant workingHours(Instant at) {
    ZonedDateTime t = at.atZone(Hl7.LONDON);
    if (t.getHour() < 8 || t.getHour() >= 18) {
      t = (t.getHour() >= 18 ? t.plusDays(1) : t).withHour(8 + random.nextInt(10));
    }
    while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
      t = t.plusDays(1);
    }
    return t.toInstant();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private Duration minutes(int low, int high) {
    return Duration.ofMinutes(low + random.nextInt(high - low + 1));
  }

  private Duration between(Duration low, Duration high) {
    long span = Math.max(1, high.getSeconds() - low.getSeconds());
    return low.plusSeconds((long) (random.nextDouble() * span));
  }
}
