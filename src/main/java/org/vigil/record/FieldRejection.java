package org.vigil.record;

/**
 * A value the record cannot store as sent (too long for its column, or characters it must not
 * hold). Refused whole, never shortened: a cut accession or identifier would file a report under
 * another exam or patient. The message names the field, never its value.
 */
public class FieldRejection extends RecordRejection {

  private final String field;

  public FieldRejection(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
