package org.vigil.intake.hl7.mapping;

import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.segment.MRG;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.vigil.intake.hl7.Hl7Command;
import org.vigil.intake.hl7.Hl7Parsing;
import org.vigil.intake.hl7.Hl7Rejection;
import org.vigil.intake.hl7.MessageHeader;
import org.vigil.intake.hl7.MllpProperties;
import org.vigil.record.OrderDetails;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.UnreadableTime;

/** A parsed message to the record commands it asks for, by message type. */
@Component
public class Hl7Mapper {

  static final Set<String> REGISTER_EVENTS = Set.of("A01", "A02", "A03", "A04", "A05", "A06",
      "A07", "A08", "A11", "A12", "A13", "A28", "A31");

  private final MllpProperties properties;

  public Hl7Mapper(MllpProperties properties) {
    this.properties = properties;
  }

  /** Whether Vigil handles this MSH-9 type at all (others are answered AR). */
  public static boolean isSupported(String code, String event) {
    return switch (code) {
      case "ORM" -> event.equals("O01");
      case "OMI" -> event.equals("O23");
      case "ORU" -> event.equals("R01");
      case "ADT" -> REGISTER_EVENTS.contains(event) || event.equals("A40") || event.equals("A47");
      default -> false;
    };
  }

  public List<Hl7Command> commands(Hl7Parsing.Parsed parsed, MessageHeader header,
      Charset charset) {
    MappingContext context = MappingContext.of(header, parsed.first(PV1.class), charset, properties);
    PatientDetails patient = PatientMapping.patient(parsed.first(PID.class));
    return switch (header.messageCode()) {
      case "ORM", "OMI" -> orders(parsed, patient, context);
      case "ORU" -> reports(parsed, patient, context);
      default -> adt(parsed, header.triggerEvent(), patient);
    };
  }

  /**
   * MSH-7 when it is stated but no real time. Vigil does not use it (the receipt time is its
   * own), so the message is accepted; the value goes on the data-quality list.
   */
  public List<UnreadableTime> unreadableHeaderTimes(Hl7Parsing.Parsed parsed) {
    MSH msh = parsed.first(MSH.class);
    if (msh == null) {
      return List.of();
    }
    StatedTimes times = new StatedTimes(properties.timeZone());
    times.read(Hl7Fields.text(msh.getDateTimeOfMessage().getTime()), "MSH-7",
        UnreadableTime.Kind.MESSAGE);
    return times.unreadable();
  }

  private List<Hl7Command> orders(Hl7Parsing.Parsed parsed, PatientDetails patient,
      MappingContext context) {
    List<Hl7Command> commands = new ArrayList<>();
    for (OrderUnit unit : units(parsed)) {
      commands.add(new Hl7Command.RecordOrder(patient, OrderMapping.order(unit, context, false),
          ClinicianMapping.of(unit, context.visit())));
    }
    return commands;
  }

  private List<Hl7Command> reports(Hl7Parsing.Parsed parsed, PatientDetails patient,
      MappingContext context) {
    List<Hl7Command> commands = new ArrayList<>();
    for (OrderUnit unit : units(parsed)) {
      OrderDetails order = OrderMapping.order(unit, context, true);
      commands.add(new Hl7Command.RecordReport(patient, ReportMapping.report(unit, order, context),
          ClinicianMapping.of(unit, context.visit())));
    }
    return commands;
  }

  private static List<OrderUnit> units(Hl7Parsing.Parsed parsed) {
    List<OrderUnit> units = OrderUnit.of(parsed.segments());
    if (units.isEmpty()) {
      throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING, "no ORC or OBR segment");
    }
    return units;
  }

  private static List<Hl7Command> adt(Hl7Parsing.Parsed parsed, String event,
      PatientDetails patient) {
    if (REGISTER_EVENTS.contains(event)) {
      return List.of(new Hl7Command.RegisterPatient(patient));
    }
    List<Hl7Command> commands = new ArrayList<>();
    PID pid = null;
    for (Segment s : parsed.segments()) {
      if (s instanceof PID p) {
        pid = p;
      } else if (s instanceof MRG mrg && pid != null) {
        PatientDetails current = PatientMapping.patient(pid);
        for (PatientIdentifier prior : priorIdentifiers(mrg)) {
          commands.add(event.equals("A40") ? new Hl7Command.MergePatients(current, prior)
              : new Hl7Command.ChangeIdentifier(prior, current));
        }
      }
    }
    if (commands.isEmpty()) {
      throw Hl7Rejection.error(Hl7Rejection.REQUIRED_FIELD_MISSING,
          "MRG-1 prior patient identifier is missing");
    }
    return commands;
  }

  private static List<PatientIdentifier> priorIdentifiers(MRG mrg) {
    List<PatientIdentifier> ids = new ArrayList<>();
    for (CX cx : mrg.getPriorPatientIdentifierList()) {
      PatientIdentifier id = PatientMapping.identifier(cx, "MRG-1");
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
