package org.vigil.bench.mllp;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;

/**
 * Vigil's MLLP load generator.
 *
 * <pre>
 *   run --target host:port [--connections 16] [--duration 30s | --messages N] [--warmup 5s]
 *   run --bare                    (against an in-process bare HAPI server)
 *   run --null                    (against a canned-ACK listener: the client's own ceiling)
 *   bare-server --port P [--no-validation]
 *   compare --target host:port    (bare server first, then the target; prints the ratio)
 * </pre>
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      return;
    }
    switch (args[0]) {
      case "run" -> run(args);
      case "bare-server" -> bareServer(BenchOptions.parse(args));
      case "compare" -> compare(BenchOptions.parse(args));
      default -> usage();
    }
  }

  private static void run(String[] args) throws Exception {
    boolean bare = List.of(args).contains("--bare");
    boolean nothing = List.of(args).contains("--null");
    BenchOptions options = BenchOptions.parse(List.of(args).stream()
        .filter(a -> !a.equals("--bare") && !a.equals("--null")).toArray(String[]::new));
    if (bare) {
      runBare(options);
    } else if (nothing) {
      int port = freePort();
      try (NullServer server = new NullServer(port)) {
        load(options).run("null", "localhost", port);
      }
    } else if (options.target() == null) {
      usage();
    } else {
      load(options).run("target", options.targetHost(), options.targetPort());
    }
  }

  private static LoadRun.Result runBare(BenchOptions options) throws Exception {
    int port = freePort();
    try (BareServer server = BareServer.start(port, options.validating())) {
      return load(options).run("bare", "localhost", port);
    }
  }

  private static void bareServer(BenchOptions options) throws Exception {
    BareServer server = BareServer.start(options.port(), options.validating());
    System.out.println("bare-server: HAPI MLLP ACK-only listener on port " + options.port()
        + (options.validating() ? "" : " (validation off)") + "; Ctrl-C to stop");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException ignored) {
        // exiting anyway
      }
    }));
    Thread.currentThread().join();
  }

  private static void compare(BenchOptions options) throws Exception {
    if (options.target() == null) {
      usage();
      return;
    }
    LoadRun.Result bare = runBare(options);
    LoadRun.Result target = load(options).run("target", options.targetHost(),
        options.targetPort());
    System.out.println(bare.summary());
    System.out.println(target.summary());
    System.out.printf(Locale.ROOT, "compare: target %.0f msg/s = %.2f x bare HAPI %.0f msg/s"
        + " (median of windows, %d connections)%n", target.medianRate(),
        target.medianRate() / Math.max(1e-9, bare.medianRate()), bare.medianRate(),
        options.connections());
  }

  private static LoadRun load(BenchOptions options) {
    return new LoadRun(options, OruTemplates.build(options.templates(), 20261128L), System.out);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void usage() {
    System.out.println("""
        usage: java -jar vigil-mllp-bench.jar MODE [options]
          run --target host:port   load a listener
          run --bare               load an in-process bare HAPI ACK-only server
          run --null               load an in-process canned-ACK listener (client ceiling)
          bare-server --port P     run a bare HAPI ACK-only server until stopped
          compare --target host:port  bare server first, then the target; prints the ratio
        options: --connections 16  --duration 30s | --messages N  --warmup 5s  --window 5s
                 --no-validation (bare server)  --templates 500 (distinct message bodies)""");
  }
}
