package org.vigil.record;

/** A change the record cannot accept; the message says why (no patient data in it). */
public class RecordRejection extends RuntimeException {

  public RecordRejection(String reason) {
    super(reason);
  }
}
