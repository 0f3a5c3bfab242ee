package org.vigil.intake.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import java.util.ArrayList;
import java.util.List;

/**
 * Every primitive value of a parsed message with its place ({@code OBX-5(1)-1: "text"}), so that
 * two parses can be compared value by value: an encoding could hide a difference that its
 * escaping or trailing-delimiter rules make invisible.
 */
final class PrimitiveValues {

  private PrimitiveValues() {}

  static List<String> of(Group message) throws HL7Exception {
    List<String> values = new ArrayList<>();
    group(message, values);
    return values;
  }

  private static void group(Group group, List<String> values) throws HL7Exception {
    for (String name : group.getNames()) {
      for (Structure structure : group.getAll(name)) {
        if (structure instanceof Group child) {
          group(child, values);
        } else {
          segment((Segment) structure, values);
        }
      }
    }
  }

  private static void segment(Segment segment, List<String> values) throws HL7Exception {
    for (int field = 1; field <= segment.numFields(); field++) {
      Type[] repetitions = segment.getField(field);
      for (int rep = 0; rep < repetitions.length; rep++) {
        type(repetitions[rep], segment.getName() + "-" + field + "(" + rep + ")", values);
      }
    }
  }

  private static void type(Type type, String place, List<String> values) {
    if (type instanceof Varies varies) {
      type(varies.getData(), place, values);
    } else if (type instanceof Composite composite) {
      Type[] components = composite.getComponents();
      for (int i = 0; i < components.length; i++) {
        type(components[i], place + "-" + (i + 1), values);
      }
    } else if (type instanceof Primitive primitive && primitive.getValue() != null) {
      values.add(place + " " + type.getName() + ": \"" + primitive.getValue() + "\"");
    }
  }
}
