package org.vigil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A thread that dies of a fatal error (out of memory, a JVM failure) leaves Vigil unable to trust
 * itself: liveness goes BROKEN so that a supervisor restarts it. (The README's production command
 * also sets -XX:+ExitOnOutOfMemoryError, which ends the process at once.)
 */
@Component
class FatalErrors implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

  private final ApplicationEventPublisher events;
  private volatile boolean running;
  private Thread.UncaughtExceptionHandler previous;

  FatalErrors(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void start() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(this::uncaught);
    running = true;
  }

  void uncaught(Thread thread, Throwable error) {
    if (error instanceof VirtualMachineError) {
      log.error("fatal error in thread {}: liveness is now BROKEN (restart Vigil)",
          thread.getName(), error);
      AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
    } else {
      log.error("uncaught exception in thread {}", thread.getName(), error);
    }
    if (previous != null) {
      previous.uncaughtException(thread, error);
    }
  }

  @Override
  public void stop() {
    Thread.setDefaultUncaughtExceptionHandler(previous);
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
