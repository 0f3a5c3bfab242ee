package org.vigil.intake.hl7.mllp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * MLLP framing over a stream: 0x0B message 0x1C 0x0D, and a frame ends at 0x1C 0x0D only. Never
 * drops or splits bytes silently: bytes outside a frame, a stalled frame, a frame cut by the
 * sender closing the connection, and a frame holding a lone 0x1C (not followed by 0x0D) or a
 * 0x0B all come back as frames with a problem, so they can be answered (when the sender is still
 * there) and kept. A lone 0x1C or a 0x0B inside a message does not end it: the frame runs on to
 * the real end block and is refused whole, so no part of a report is ever taken for all of it.
 * The stream's read timeout is the polling interval: the 0x0D may come in a later packet than its
 * 0x1C. At most {@code maxKept} bytes of a frame are kept in memory; the rest is counted.
 */
final class MllpFrameReader {

  static final int START = 0x0B;
  static final int END = 0x1C;
  static final int CR = 0x0D;

  /** FRAME_END: inside a frame, a 0x1C was read and the next byte decides. */
  private enum State { IDLE, JUNK, FRAME, FRAME_END }

  static final String LONE_END = "refused whole: a 0x1C not followed by 0x0D inside the message"
      + " (the end block is 0x1C 0x0D)";
  static final String START_INSIDE = "refused whole: a start block (0x0B) inside the message";

  /** Room in memory for the bytes a frame keeps; asked before the frame grows past what it has. */
  interface Room {
    /**
     * Makes room for at least {@code bytes} holding {@code lines} line breaks (segments cost memory
     * of their own once parsed); returns how many bytes may now be kept without asking again.
     */
    long ensure(long bytes, long lines) throws IOException;
  }

  private final InputStream in;
  private final Room room;
  private long allowed;
  /** Line breaks (CR or LF) kept in this frame: each may become a parsed segment. */
  private long lines;
  private long linesAllowed;
  private final int maxKept;
  private final long frameTimeoutMillis;
  private final long junkTimeoutMillis;
  private final byte[] buffer = new byte[16384];
  private int position;
  private int limit;
  private State state = State.IDLE;
  private ByteArrayOutputStream content = new ByteArrayOutputStream();
  private long size;
  private long lastByteAt;
  private String defect;

  /** A reader whose frames need no room reserved (tests of the framing alone). */
  MllpFrameReader(InputStream in, int maxKept, long frameTimeoutMillis, long junkTimeoutMillis) {
    this(in, (bytes, lines) -> Long.MAX_VALUE, maxKept, frameTimeoutMillis, junkTimeoutMillis);
  }

  MllpFrameReader(InputStream in, Room room, int maxKept, long frameTimeoutMillis,
      long junkTimeoutMillis) {
    this.in = in;
    this.room = room;
    this.maxKept = maxKept;
    this.frameTimeoutMillis = frameTimeoutMillis;
    this.junkTimeoutMillis = junkTimeoutMillis;
  }

  /** The next frame, or null when the sender closed the connection with nothing pending. */
  Frame next() throws IOException {
    while (true) {
      int b;
      try {
        if (state == State.FRAME) {
          copyUntilDelimiter();
        }
        b = read();
      } catch (SocketTimeoutException poll) {
        Frame stalled = stalled();
        if (stalled != null) {
          return stalled;
        }
        continue;
      }
      if (b < 0) {
        return state == State.IDLE ? null : emit(state == State.JUNK
            ? "bytes outside an MLLP frame (no start block)"
            : "connection closed before the end block (0x1C 0x0D)", false);
      }
      Frame frame = accept(b);
      if (frame != null) {
        return frame;
      }
    }
  }

  private Frame accept(int b) throws IOException {
    lastByteAt = System.currentTimeMillis();
    switch (state) {
      case IDLE -> {
        if (b == START) {
          begin(State.FRAME);
        } else if (!isWhitespace(b)) {
          begin(State.JUNK);
          keep(b);
        }
        return null;
      }
      case JUNK -> {
        if (b == START) {
          Frame junk = emit("bytes outside an MLLP frame (no start block)", true);
          begin(State.FRAME);
          return junk;
        }
        if (b == END) {
          return emit("bytes outside an MLLP frame (no start block)", true);
        }
        keep(b);
        return null;
      }
      case FRAME_END -> {
        if (b == CR) {
          return emit(defect, true);
        }
        noteDefect(LONE_END);
        keep(END);
        state = State.FRAME;
        return accept(b);
      }
      default -> {
        if (b == END) {
          state = State.FRAME_END;
        } else {
          if (b == START) {
            noteDefect(START_INSIDE);
          }
          keep(b);
        }
        return null;
      }
    }
  }

  private void noteDefect(String problem) {
    if (defect == null) {
      defect = problem;
    }
  }

  /** Inside a frame, copies the buffered bytes up to the next start or end block in one go. */
  private void copyUntilDelimiter() throws IOException {
    int i = position;
    while (i < limit && buffer[i] != START && buffer[i] != END) {
      i++;
    }
    int n = i - position;
    if (n > 0) {
      size += n;
      int free = maxKept - content.size();
      if (free > 0) {
        int kept = Math.min(free, n);
        lines += lineBreaks(position, position + kept);
        makeRoom(content.size() + kept);
        content.write(buffer, position, kept);
      }
      position = i;
      lastByteAt = System.currentTimeMillis();
    }
  }

  private Frame stalled() {
    long idle = System.currentTimeMillis() - lastByteAt;
    if (state == State.JUNK && idle >= junkTimeoutMillis) {
      return emit("bytes outside an MLLP frame (no start block)", true);
    }
    if ((state == State.FRAME || state == State.FRAME_END) && idle >= frameTimeoutMillis) {
      String what = state == State.FRAME_END ? "a 0x1C without its 0x0D" : "no end block";
      return emit("incomplete message: " + what + " within " + frameTimeoutMillis / 1000 + " s",
          true);
    }
    return null;
  }

  private void begin(State next) {
    state = next;
    content = new ByteArrayOutputStream();
    size = 0;
    defect = null;
  }

  private void keep(int b) throws IOException {
    size++;
    if (content.size() < maxKept) {
      if (b == CR || b == '\n') {
        lines++;
      }
      makeRoom(content.size() + 1);
      content.write(b);
    }
  }

  /** Waits, reading nothing meanwhile, until the frame may keep this many bytes. */
  private void makeRoom(long bytes) throws IOException {
    if (bytes > allowed || lines > linesAllowed) {
      linesAllowed = Long.highestOneBit(Math.max(lines, 256)) * 2; // ask again as lines double
      allowed = room.ensure(bytes, linesAllowed);
    }
  }

  private int lineBreaks(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (buffer[i] == CR || buffer[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  private Frame emit(String problem, boolean answerable) {
    Frame frame = new Frame(content.toByteArray(), size, problem, answerable);
    allowed = 0; // the connection gives the frame's room back once it has been answered
    lines = 0;
    linesAllowed = 0;
    state = State.IDLE;
    content = new ByteArrayOutputStream();
    size = 0;
    defect = null;
    return frame;
  }

  private int read() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private static boolean isWhitespace(int b) {
    return b == '\r' || b == '\n' || b == ' ' || b == '\t';
  }
}
