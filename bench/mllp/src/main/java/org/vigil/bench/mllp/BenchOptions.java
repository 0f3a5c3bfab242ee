package org.vigil.bench.mllp;

/**
 * Command-line options shared by the modes.
 *
 * @param messages stop after this many messages (0: run for the duration)
 */
record BenchOptions(String target, int port, int connections, int durationSeconds,
    long messages, int warmupSeconds, int windowSeconds, boolean validating, int templates) {

  static BenchOptions parse(String[] args) {
    String target = null;
    int port = 2575;
    int connections = 16;
    int duration = 30;
    long messages = 0;
    int warmup = 5;
    int window = 5;
    boolean validating = true;
    int templates = 500;
    for (int i = 1; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--target" -> target = need(value, args[i++]);
        case "--port" -> port = Integer.parseInt(need(value, args[i++]));
        case "--connections" -> connections = Integer.parseInt(need(value, args[i++]));
        case "--duration" -> duration = seconds(need(value, args[i++]));
        case "--messages" -> messages = Long.parseLong(need(value, args[i++]));
        case "--warmup" -> warmup = seconds(need(value, args[i++]));
        case "--window" -> window = seconds(need(value, args[i++]));
        case "--no-validation" -> validating = false;
        case "--templates" -> templates = Integer.parseInt(need(value, args[i++]));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new BenchOptions(target, port, connections, duration, messages, warmup, window,
        validating, templates);
  }

  String targetHost() {
    return target.substring(0, target.lastIndexOf(':'));
  }

  int targetPort() {
    return Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
  }

  private static String need(String value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /** "30", "30s" or "2m". */
  private static int seconds(String text) {
    if (text.endsWith("m")) {
      return Integer.parseInt(text.substring(0, text.length() - 1)) * 60;
    }
    return Integer.parseInt(text.endsWith("s") ? text.substring(0, text.length() - 1) : text);
  }
}
