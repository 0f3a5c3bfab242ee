package org.vigil.demo.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.vigil.demo.content.ReportContent;
import org.vigil.demo.content.ReportWriter;
import org.vigil.demo.content.Staff;
import org.vigil.demo.stream.OrderMessages.Control;

/** Turns what happened to an order into the messages a RIS would send about it. */
final class OrderEvents {

  /** A message yet to be given its control id. */
  record Pending(Instant at, String partition, String type, java.util.function.Function<String, String> render) {}

  private final ReportWriter writer;

  OrderEvents(ReportWriter writer) {
    this.writer = writer;
  }

  void emit(DemoOrder o, Consumer<Pending> out) {
    String part = o.patient().partition();
    String orderType = o.orderedAsOmi() ? "OMI^O23" : "ORM^O01";
    if (o.orderArrivesLate()) {
      Instant late = o.reportedAt().plus(Duration.ofMinutes(3));
      out.accept(new Pending(late, part, orderType, id -> OrderMessages.order(o, Control.NEW, late, id)));
    } else {
      status(o, Control.NEW, o.requestedAt(), out);
      if (o.cancelledAt() == null || o.cancelledAt().isAfter(o.scheduledAt())) {
        status(o, Control.SCHEDULED, o.scheduledAt(), out);
      }
      status(o, Control.IN_PROGRESS, o.performedAt(), out);
      status(o, Control.COMPLETED, o.completedAt(), out);
      status(o, Control.CANCELLED, o.cancelledAt(), out);
      status(o, Control.DISCONTINUED, o.discontinuedAt(), out);
    }
    report(o, "P", o.report(), o.registrar(), o.preliminaryAt(), out);
    report(o, "F", o.report(), o.radiologist(), o.reportedAt(), out);
    ReportContent corrected = o.correctedAt() == null ? null : writer.corrected(o.report());
    report(o, "C", corrected, o.radiologist(), o.correctedAt(), out);
    if (o.addendumAt() != null) {
      ReportContent base = corrected != null && o.correctedAt().isBefore(o.addendumAt())
          ? corrected : o.report();
      report(o, "C", writer.addendum(base, o.requester(), o.addendumAt()), o.radiologist(),
          o.addendumAt(), out);
    }
  }

  private void status(DemoOrder o, Control control, Instant at, Consumer<Pending> out) {
    if (at != null) {
      String type = o.orderedAsOmi() ? "OMI^O23" : "ORM^O01";
      out.accept(new Pending(at, o.patient().partition(), type,
          id -> OrderMessages.order(o, control, at, id)));
    }
  }

  private void report(DemoOrder o, String status, ReportContent content, Staff.Clinician author,
      Instant at, Consumer<Pending> out) {
    if (at != null) {
      ReportContent text = status.equals("P") ? content.withConclusionLine(
          "Preliminary report: to be verified by a consultant radiologist.") : content;
      out.accept(new Pending(at, o.patient().partition(), "ORU^R01",
          id -> ResultMessages.report(o, status, text, author, at, id)));
    }
  }
}
