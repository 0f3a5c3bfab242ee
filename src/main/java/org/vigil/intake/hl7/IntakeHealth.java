package org.vigil.intake.hl7;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.IntakeCommits;
import org.vigil.intake.IntakeMemory;
import org.vigil.intake.hl7.mllp.MllpServer;

/**
 * Intake's part of health: DOWN when the MLLP listener should listen and does not, or when the
 * newest commit failed (messages are being answered with errors or not at all). Details, for
 * managers and administrators: the port, open connections, the last commit and failure, memory
 * reserved by messages in flight, and dead letters awaiting someone.
 */
@Component("intake")
class IntakeHealth implements HealthIndicator {

  private final MllpServer server;
  private final MllpProperties properties;
  private final OpenConnections connections;
  private final IntakeCommits commits;
  private final IntakeMemory memory;
  private final DeadLetters deadLetters;

  IntakeHealth(MllpServer server, MllpProperties properties, OpenConnections connections,
      IntakeCommits commits, IntakeMemory memory, DeadLetters deadLetters) {
    this.server = server;
    this.properties = properties;
    this.connections = connections;
    this.commits = commits;
    this.memory = memory;
    this.deadLetters = deadLetters;
  }

  @Override
  public Health health() {
    boolean listening = !properties.enabled() || server.isRunning();
    Health.Builder health = listening && !commits.failing() ? Health.up() : Health.down();
    if (!listening) {
      health.withDetail("problem", "the MLLP listener is not listening");
    } else if (commits.failing()) {
      health.withDetail("problem", "the last commit failed: messages are not being taken in");
    }
    health.withDetail("mllpPort", server.port())
        .withDetail("openConnections", connections.count())
        .withDetail("memoryReservedBytes", memory.reservedBytes())
        .withDetail("memoryBudgetBytes", memory.budgetBytes());
    if (commits.lastCommit() != null) {
      health.withDetail("lastCommit", commits.lastCommit().toString());
    }
    if (commits.lastFailure() != null) {
      health.withDetail("lastCommitFailure", commits.lastFailure().toString());
    }
    try {
      health.withDetail("deadLettersAwaitingAction", deadLetters.countOpen());
    } catch (RuntimeException databaseDown) {
      health.withDetail("deadLettersAwaitingAction", "unknown (database unreachable)");
    }
    return health.build();
  }
}
