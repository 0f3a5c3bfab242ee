package org.vigil.intake.hl7.mapping;

import static org.vigil.intake.hl7.mapping.Hl7Fields.component;
import static org.vigil.intake.hl7.mapping.Hl7Fields.firstNonNull;
import static org.vigil.intake.hl7.mapping.Hl7Fields.fit;
import static org.vigil.intake.hl7.mapping.Hl7Fields.text;
import static org.vigil.record.FieldLimits.ACCESSION;
import static org.vigil.record.FieldLimits.BODY_PART;
import static org.vigil.record.FieldLimits.CLINICIAN;
import static org.vigil.record.FieldLimits.MODALITY;
import static org.vigil.record.FieldLimits.ORDER_NUMBER;
import static org.vigil.record.FieldLimits.PROCEDURE_CODE;
import static org.vigil.record.FieldLimits.PROCEDURE_NAME;
import static org.vigil.record.FieldLimits.SITE;
import static org.vigil.record.FieldLimits.TEAM;
import static org.vigil.record.UnreadableTime.Kind.MESSAGE;
import static org.vigil.record.UnreadableTime.Kind.PERFORMED;
import static org.vigil.record.UnreadableTime.Kind.REQUESTED;
import static org.vigil.record.UnreadableTime.Kind.SCHEDULED;

import ca.uhn.hl7v2.model.v251.segment.IPC;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import ca.uhn.hl7v2.model.v251.segment.TQ1;
import java.time.Instant;
import org.vigil.intake.hl7.Hl7Rejection;
import org.vigil.record.ExamStatus;
import org.vigil.record.OrderDetails;

/**
 * ORC/OBR/TQ1/IPC/PV1/MSH to {@link OrderDetails}; the field table is in docs/intake-hl7.md.
 * Unstated fields stay null so that the record keeps what it already knows.
 */
final class OrderMapping {

  private OrderMapping() {}

  static OrderDetails order(OrderUnit unit, MappingContext context, boolean isResult) {
    OBR obr = unit.obr();
    ORC orc = unit.orc();
    PV1 pv1 = context.visit();
    ExamStatus status = isResult ? null : OrderStatus.of(unit);
    String accession = accession(unit, context);
    StatedTimes times = new StatedTimes(context.zone());
    Instant requestedAt = requestedAt(unit, times);
    Instant scheduledAt = scheduledAt(unit, times);
    Instant statusAt = statusAt(orc, times);
    Instant performedAt = performedAt(obr, status, isResult, times);
    if (performedAt == null && status == ExamStatus.PERFORMED && !isResult
        && !times.isUnreadable(PERFORMED)) {
      performedAt = statusAt; // a "completed" (ORC-5 CM) without OBR-7/8: when it says it was done
    }
    String procedureCode = obr == null ? null
        : fit(text(obr.getUniversalServiceIdentifier().getIdentifier()), PROCEDURE_CODE, "OBR-4.1");
    String procedureName = obr == null ? null : fit(firstNonNull(
        text(obr.getUniversalServiceIdentifier().getText()),
        text(obr.getUniversalServiceIdentifier().getAlternateText())), PROCEDURE_NAME, "OBR-4.2");
    return new OrderDetails(accession, placer(unit), filler(unit), procedureCode, procedureName,
        fit(Modality.of(obr, unit.firstImaging(), procedureCode, procedureName), MODALITY,
            "OBR-24"),
        fit(bodyPart(obr), BODY_PART, "OBR-15"),
        PriorityMapping.priority(unit, pv1, context.twoWeekWaitCodes()),
        PriorityMapping.patientClass(pv1), requester(orc, obr),
        consultant(pv1),
        fit(pv1 == null ? null : text(pv1.getHospitalService()), TEAM, "PV1-10"),
        site(context), status, requestedAt, scheduledAt, performedAt, times.unreadable(),
        statusAt);
  }

  /** The first non-empty of the configured sources (default IPC-1, OBR-18, OBR-3, ORC-3, OBR-2, ORC-2). */
  static String accession(OrderUnit unit, MappingContext context) {
    for (String source : context.accessionSources()) {
      String field = source.strip().toUpperCase();
      String value = Hl7Fields.blankToNull(source(unit, field));
      if (value != null) {
        return fit(value, ACCESSION, field);
      }
    }
    throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING,
        "no accession number (looked in " + String.join(", ", context.accessionSources()) + ")");
  }

  private static String source(OrderUnit unit, String source) {
    OBR obr = unit.obr();
    ORC orc = unit.orc();
    IPC ipc = unit.firstImaging();
    return switch (source) {
      case "IPC-1" -> ipc == null ? null : text(ipc.getAccessionIdentifier().getEntityIdentifier());
      case "OBR-18" -> obr == null ? null : text(obr.getPlacerField1());
      case "OBR-19" -> obr == null ? null : text(obr.getPlacerField2());
      case "OBR-20" -> obr == null ? null : text(obr.getFillerField1());
      case "OBR-3" -> obr == null ? null : text(obr.getFillerOrderNumber().getEntityIdentifier());
      case "ORC-3" -> orc == null ? null : text(orc.getFillerOrderNumber().getEntityIdentifier());
      case "OBR-2" -> obr == null ? null : text(obr.getPlacerOrderNumber().getEntityIdentifier());
      case "ORC-2" -> orc == null ? null : text(orc.getPlacerOrderNumber().getEntityIdentifier());
      default -> throw new IllegalStateException("unknown accession source " + source);
    };
  }

  private static String placer(OrderUnit u) {
    String orc2 = u.orc() == null ? null : text(u.orc().getPlacerOrderNumber().getEntityIdentifier());
    return orc2 != null ? fit(orc2, ORDER_NUMBER, "ORC-2") : u.obr() == null ? null
        : fit(text(u.obr().getPlacerOrderNumber().getEntityIdentifier()), ORDER_NUMBER, "OBR-2");
  }

  private static String filler(OrderUnit u) {
    String orc3 = u.orc() == null ? null : text(u.orc().getFillerOrderNumber().getEntityIdentifier());
    return orc3 != null ? fit(orc3, ORDER_NUMBER, "ORC-3") : u.obr() == null ? null
        : fit(text(u.obr().getFillerOrderNumber().getEntityIdentifier()), ORDER_NUMBER, "OBR-3");
  }

  /** OBR-15.4 specimen source / body site (radiology feeds put the body part there). */
  private static String bodyPart(OBR obr) {
    if (obr == null) {
      return null;
    }
    return firstNonNull(component(obr.getSpecimenSource().getSpecimenSourceNameOrCode(), 1),
        component(obr.getSpecimenSource().getBodySite(), 1),
        component(obr.getSpecimenSource().getBodySite(), 0));
  }

  private static String requester(ORC orc, OBR obr) {
    if (orc != null && orc.getOrderingProvider().length > 0) {
      String person = Hl7Fields.person(orc.getOrderingProvider(0));
      if (person != null) {
        return fit(person, CLINICIAN, "ORC-12");
      }
    }
    return obr == null || obr.getOrderingProvider().length == 0 ? null
        : fit(Hl7Fields.person(obr.getOrderingProvider(0)), CLINICIAN, "OBR-16");
  }

  /** PV1-7 attending doctor (the responsible consultant), else PV1-9 consulting doctor. */
  private static String consultant(PV1 pv1) {
    if (pv1 == null) {
      return null;
    }
    String attending = pv1.getAttendingDoctor().length == 0 ? null
        : Hl7Fields.person(pv1.getAttendingDoctor(0));
    if (attending != null) {
      return fit(attending, CLINICIAN, "PV1-7");
    }
    return pv1.getConsultingDoctor().length == 0 ? null
        : fit(Hl7Fields.person(pv1.getConsultingDoctor(0)), CLINICIAN, "PV1-9");
  }

  /** MSH-4 sending facility, else PV1-3 assigned location (facility, then point of care). */
  private static String site(MappingContext context) {
    PV1 pv1 = context.visit();
    String msh4 = Hl7Fields.blankToNull(context.header().sendingFacility());
    if (msh4 != null) {
      return fit(msh4, SITE, "MSH-4");
    }
    String facility = pv1 == null ? null
        : text(pv1.getAssignedPatientLocation().getFacility().getNamespaceID());
    return facility != null ? fit(facility, SITE, "PV1-3.4") : pv1 == null ? null
        : fit(text(pv1.getAssignedPatientLocation().getPointOfCare()), SITE, "PV1-3.1");
  }

  /**
   * OBR-6 requested date/time; else ORC-9 of a new order (the time it was placed); else ORC-15
   * order effective date/time of a new order.
   */
  private static Instant requestedAt(OrderUnit u, StatedTimes times) {
    Instant obr6 = u.obr() == null ? null
        : times.read(text(u.obr().getRequestedDateTime().getTime()), "OBR-6", REQUESTED);
    if (obr6 != null || u.orc() == null) {
      return obr6;
    }
    boolean isNew = "NW".equalsIgnoreCase(text(u.orc().getOrderControl()));
    if (!isNew) {
      return null;
    }
    Instant orc9 = times.read(text(u.orc().getDateTimeOfTransaction().getTime()), "ORC-9",
        REQUESTED);
    return orc9 != null ? orc9
        : times.read(text(u.orc().getOrderEffectiveDateTime().getTime()), "ORC-15", REQUESTED);
  }

  /** When the sender says this status change happened: ORC-9 transaction time, else ORC-15. */
  static Instant statusAt(ORC orc, StatedTimes times) {
    if (orc == null) {
      return null;
    }
    Instant orc9 = times.read(text(orc.getDateTimeOfTransaction().getTime()), "ORC-9", MESSAGE);
    return orc9 != null ? orc9
        : times.read(text(orc.getOrderEffectiveDateTime().getTime()), "ORC-15", MESSAGE);
  }

  /** TQ1-7 start date/time, else OBR-27.4 / ORC-7.4 (quantity/timing start). */
  private static Instant scheduledAt(OrderUnit u, StatedTimes times) {
    TQ1 tq1 = u.firstTiming();
    String tq17 = tq1 == null ? null : text(tq1.getStartDateTime().getTime());
    if (tq17 != null) {
      return times.read(tq17, "TQ1-7", SCHEDULED);
    }
    String obr27 = u.obr() == null || u.obr().getQuantityTiming().length == 0 ? null
        : text(u.obr().getQuantityTiming(0).getStartDateTime().getTime());
    if (obr27 != null) {
      return times.read(obr27, "OBR-27.4", SCHEDULED);
    }
    return u.orc() == null || u.orc().getQuantityTiming().length == 0 ? null : times.read(
        text(u.orc().getQuantityTiming(0).getStartDateTime().getTime()), "ORC-7.4", SCHEDULED);
  }

  /**
   * OBR-7 observation date/time, else OBR-8 observation end: for results, and for orders that
   * say the exam was done.
   */
  private static Instant performedAt(OBR obr, ExamStatus status, boolean isResult,
      StatedTimes times) {
    boolean done = isResult || (status != null && status.ordinal() >= ExamStatus.PERFORMED.ordinal()
        && !status.isEnded());
    if (obr == null || !done) {
      return null;
    }
    Instant obr7 = times.read(text(obr.getObservationDateTime().getTime()), "OBR-7", PERFORMED);
    return obr7 != null ? obr7
        : times.read(text(obr.getObservationEndDateTime().getTime()), "OBR-8", PERFORMED);
  }
}
