package org.vigil.intake.hl7.mapping;

import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v251.datatype.CNN;
import ca.uhn.hl7v2.model.v251.datatype.XCN;
import org.vigil.intake.hl7.Hl7Rejection;
import org.vigil.record.FieldLimits;

/** Small, null-safe readers over HAPI types: blank values come back as null. */
final class Hl7Fields {

  private Hl7Fields() {}

  /** A primitive's value, or a composite's first component's; null when blank. */
  static String text(Type type) {
    if (type == null) {
      return null;
    }
    if (type instanceof Varies varies) {
      return text(varies.getData());
    }
    if (type instanceof Primitive primitive) {
      return blankToNull(primitive.getValue());
    }
    if (type instanceof Composite composite) {
      return component(composite, 0);
    }
    return null;
  }

  /** Component {@code index} (0-based) of a composite, or the value itself for index 0. */
  static String component(Type type, int index) {
    if (type instanceof Varies varies) {
      return component(varies.getData(), index);
    }
    if (type instanceof Composite composite) {
      Type[] parts = composite.getComponents();
      return index < parts.length ? text(parts[index]) : null;
    }
    return index == 0 ? text(type) : null;
  }

  /** A person as "Family, Given (ID)", or whichever parts are present. */
  static String person(XCN xcn) {
    return xcn == null ? null : person(text(xcn.getIDNumber()),
        text(xcn.getFamilyName().getSurname()), text(xcn.getGivenName()));
  }

  static String person(CNN cnn) {
    return cnn == null ? null : person(text(cnn.getIDNumber()), text(cnn.getFamilyName()),
        text(cnn.getGivenName()));
  }

  static String person(String id, String family, String given) {
    String name = family == null ? given : given == null ? family : family + ", " + given;
    if (name == null) {
      return id;
    }
    return id == null ? name : name + " (" + id + ")";
  }

  static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The value when the record can store it as sent; otherwise the message is refused (AE) naming
   * {@code field}. Never shortened: a cut identifier files reports under someone else.
   */
  static String fit(String value, int max, String field) {
    String problem = FieldLimits.problem(value, max);
    if (problem != null) {
      throw Hl7Rejection.field(field, problem);
    }
    return value;
  }

  /** Free text (report text): any length, but no control characters other than TAB, CR, LF. */
  static String fitText(String value, String field) {
    String problem = FieldLimits.textProblem(value);
    if (problem != null) {
      throw Hl7Rejection.field(field, problem);
    }
    return value;
  }
}
