package org.vigil.turnaround;

import java.time.Duration;

/**
 * When an examination joins a fail-safe list.
 *
 * @param lostAfter performed this long ago with no report of any kind: a "lost" examination
 * @param neverPerformedAfter requested this long ago, neither performed nor cancelled
 * @param preliminaryWithoutFinalAfter a preliminary report this old with no final report
 */
public record FailSafeThresholds(Duration lostAfter, Duration neverPerformedAfter,
    Duration preliminaryWithoutFinalAfter) {}
