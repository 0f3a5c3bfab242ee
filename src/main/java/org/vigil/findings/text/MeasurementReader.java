package org.vigil.findings.text;

import java.util.ArrayList;
import java.util.List;
import org.vigil.findings.Measurement;

/**
 * Reads sizes: "12 mm", "1.2 cm", "12mm", "3.5 x 2.1 cm", "3.5 x 2.1 x 1.0cm", "5-6 mm",
 * "5 to 6 mm", "up to 8 mm", normalised to millimetres. A number without a unit takes the unit
 * that follows it ("3.5 x 2.1 cm"); a run of numbers with no unit at all is not a measurement.
 */
public final class MeasurementReader {

  private static final int MAX_DIMENSIONS = 4;

  private MeasurementReader() {}

  /** The measurements in text[from, to). */
  public static List<Measurement> read(String text, int from, int to) {
    List<Measurement> out = new ArrayList<>(2);
    int i = from;
    while (i < to) {
      if (isDigit(text.charAt(i)) && startsNumber(text, i, from)) {
        i = readAt(text, i, to, out);
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean startsNumber(String text, int i, int from) {
    if (i == from) {
      return true;
    }
    char before = text.charAt(i - 1);
    return !Character.isLetterOrDigit(before) && before != '.' && before != '/';
  }

  /** Reads the measurement starting at {@code start}; returns where scanning resumes. */
  private static int readAt(String text, int start, int to, List<Measurement> out) {
    double[] values = new double[MAX_DIMENSIONS];
    double[] factors = new double[MAX_DIMENSIONS];
    int count = 0;
    int pos = start;
    int end = start;
    boolean anyUnit = false;
    while (count < MAX_DIMENSIONS) {
      int numberEnd = numberEnd(text, pos, to);
      values[count] = Double.parseDouble(text.substring(pos, numberEnd));
      int p = skipSpaces(text, numberEnd, to);
      int unitEnd = Units.end(text, p, to);
      factors[count++] = unitEnd > p ? Units.factor(text, p) : 0;
      end = unitEnd > p ? unitEnd : numberEnd;
      anyUnit |= unitEnd > p;
      p = skipSpaces(text, end, to);
      int next = Units.separatorEnd(text, p, to);
      if (next < 0) {
        break;
      }
      next = skipSpaces(text, next, to);
      if (next >= to || !isDigit(text.charAt(next))) {
        break;
      }
      pos = next;
    }
    if (!anyUnit) {
      return Math.max(end, start + 1);
    }
    out.add(new Measurement(text.substring(start, end), start, end, toMm(values, factors, count)));
    return end;
  }

  private static List<Double> toMm(double[] values, double[] factors, int count) {
    List<Double> mm = new ArrayList<>(count);
    double last = 0;
    for (int k = count - 1; k >= 0; k--) {
      if (factors[k] > 0) {
        last = factors[k];
      } else {
        factors[k] = last;
      }
    }
    for (int k = 0; k < count; k++) {
      double factor = factors[k] > 0 ? factors[k] : previousFactor(factors, k);
      mm.add(Math.round(values[k] * factor * 100.0) / 100.0);
    }
    return mm;
  }

  private static double previousFactor(double[] factors, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (factors[j] > 0) {
        return factors[j];
      }
    }
    return 1;
  }

  private static int numberEnd(String text, int i, int to) {
    int j = i;
    while (j < to && isDigit(text.charAt(j))) {
      j++;
    }
    if (j + 1 < to && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j++;
      while (j < to && isDigit(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  static int skipSpaces(String text, int i, int to) {
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
