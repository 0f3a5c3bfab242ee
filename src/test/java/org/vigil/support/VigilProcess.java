package org.vigil.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Vigil jar run as its own process (failsafe runs after {@code package}), in a working
 * directory of the test's, with its output in a log file there. For tests that kill it, starve it
 * of memory or watch it refuse to start.
 */
public final class VigilProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  public final int mllpPort;

  private VigilProcess(Process process, Path log, int mllpPort) {
    this.process = process;
    this.log = log;
    this.mllpPort = mllpPort;
  }

  /** Starts Vigil with these JVM options and arguments and waits until its MLLP port is open. */
  public static VigilProcess start(Path dir, String name, List<String> jvmOptions,
      List<String> arguments) throws IOException, InterruptedException {
    return start(dir, name, jvmOptions, arguments, freePort());
  }

  public static VigilProcess start(Path dir, String name, List<String> jvmOptions,
      List<String> arguments, int mllpPort) throws IOException, InterruptedException {
    VigilProcess vigil = launch(dir, name, jvmOptions, arguments, mllpPort);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240)); // a loaded 2-core machine
    while (Instant.now().isBefore(deadline)) {
      if (!vigil.process.isAlive()) {
        throw new IllegalStateException("Vigil exited at start:\n" + vigil.output());
      }
      try (Socket probe = new Socket("localhost", mllpPort)) {
        return vigil;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    vigil.kill();
    throw new IllegalStateException("Vigil did not open its MLLP port:\n" + vigil.output());
  }

  /** Starts Vigil and waits for it to exit by itself (for start-up refusals). */
  public static VigilProcess runToExit(Path dir, String name, List<String> arguments)
      throws IOException, InterruptedException {
    VigilProcess vigil = launch(dir, name, List.of(), arguments, freePort());
    if (!vigil.process.waitFor(90, TimeUnit.SECONDS)) {
      vigil.kill();
      throw new IllegalStateException("Vigil did not exit:\n" + vigil.output());
    }
    return vigil;
  }

  private static VigilProcess launch(Path dir, String name, List<String> jvmOptions,
      List<String> arguments, int mllpPort) throws IOException {
    File jar = Path.of("target", "vigil.jar").toFile();
    if (!jar.exists()) {
      throw new IllegalStateException("the packaged jar is missing (failsafe runs after package)");
    }
    Path log = dir.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions.isEmpty() ? List.of("-Xmx512m") : jvmOptions);
    command.addAll(List.of("-jar", jar.getAbsolutePath(), "--vigil.mllp.port=" + mllpPort));
    if (arguments.stream().noneMatch(a -> a.startsWith("--server.port="))) {
      command.add("--server.port=0");
    }
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile()) // the default database lives under ./data of the working directory
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new VigilProcess(process, log, mllpPort);
  }

  /**
   * Waits until readiness answers 200 on this HTTP port. The MLLP port opens before the application
   * is ready, and the bootstrap administrator is created only then; readiness is polled without
   * credentials, since a failed sign-in would count towards the sign-in limit.
   */
  public void awaitReadiness(int httpPort) throws InterruptedException {
    java.net.http.HttpRequest ready = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://localhost:" + httpPort + "/actuator/health/readiness")).build();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Vigil exited at start:\n" + output());
      }
      try {
        if (http.send(ready, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the HTTP port is not open yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Vigil never became ready:\n" + output());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitCode() {
    return process.exitValue();
  }

  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGKILL: no shutdown hooks, no orderly close. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
