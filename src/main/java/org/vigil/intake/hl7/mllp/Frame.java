package org.vigil.intake.hl7.mllp;

/**
 * What arrived between an MLLP start block (0x0B) and end block (0x1C 0x0D), or bytes that could
 * not be framed ({@code problem} says why). {@code bytes} holds at most the stored maximum;
 * {@code size} is how many bytes arrived. {@code answerable} is false when the sender has gone.
 */
public record Frame(byte[] bytes, long size, String problem, boolean answerable) {

  public boolean isComplete() {
    return problem == null;
  }
}
