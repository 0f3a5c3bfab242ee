package org.vigil.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds the memory that messages in flight hold, MLLP and FHIR together, so that a burst of large
 * messages makes senders wait or resend instead of exhausting the heap (which once closed the
 * database and left Vigil answering nothing while it looked up). Each message reserves its size
 * times the cost factor before it is read further; what cannot be reserved in time is refused with
 * a retryable answer, never half-read. Units are KiB so that large budgets fit a semaphore.
 */
@Component
public class IntakeMemory {

  private final IntakeMemoryProperties properties;
  private final long budgetKib;
  private final Semaphore free;
  private final MeterRegistry meters;

  @Autowired
  public IntakeMemory(IntakeMemoryProperties properties, MeterRegistry meters) {
    this(properties, Runtime.getRuntime().maxMemory(), meters);
    Gauge.builder("vigil.intake.memory.reserved", this, m -> m.reservedBytes())
        .description("memory reserved by messages being taken in").baseUnit("bytes")
        .register(meters);
    Gauge.builder("vigil.intake.memory.budget", this, m -> m.budgetKib * 1024.0)
        .description("memory that messages being taken in may hold at once").baseUnit("bytes")
        .register(meters);
  }

  IntakeMemory(IntakeMemoryProperties properties, long maxHeapBytes, MeterRegistry meters) {
    this.properties = properties;
    this.meters = meters;
    this.budgetKib = Math.max(1, Math.min(Integer.MAX_VALUE,
        properties.budgetBytes(maxHeapBytes) / 1024));
    this.free = new Semaphore((int) budgetKib, true);
  }

  /** The budget in bytes. */
  public long budgetBytes() {
    return budgetKib * 1024;
  }

  public long reservedBytes() {
    return (budgetKib - free.availablePermits()) * 1024;
  }

  public long frameAllowance() {
    return properties.frameAllowance().toBytes();
  }

  public Duration mllpWait() {
    return properties.mllpWait();
  }

  public Duration httpWait() {
    return properties.httpWait();
  }

  /** Counts a message refused (to be sent again) for want of memory. */
  public void refused(String channel) {
    meters.counter("vigil.intake.memory.refused", "channel", channel).increment();
  }

  /**
   * Refuses to start when a message of the largest accepted size could never be taken in.
   *
   * @param settings the properties that set the largest message, named in the refusal
   * @param cost what such a message costs
   */
  public void checkLargestMessage(String settings, long cost) {
    if (!fits(cost)) {
      throw new IllegalStateException("The largest message accepted (" + settings + ") needs "
          + "about " + cost / (1024 * 1024) + " MB of memory while it is taken in, more than the "
          + "intake budget of " + budgetBytes() / (1024 * 1024) + " MB (vigil.intake.memory.budget,"
          + " by default half the maximum heap). Start Vigil with a larger heap (-Xmx) or lower "
          + settings + ".");
    }
  }

  /** Memory an HL7 message of this many bytes and segments holds while it is taken in. */
  public long hl7Cost(long bytes, long segments) {
    return bytes * properties.costFactor() + segments * properties.segmentCost().toBytes();
  }

  /** Memory a FHIR body of this many bytes holds while it is taken in. */
  public long fhirCost(long bytes) {
    return bytes * properties.fhirCostFactor();
  }

  /** Whether a message that costs this much can ever be taken in under this budget. */
  public boolean fits(long cost) {
    return kib(cost) <= budgetKib;
  }

  /** An empty reservation, grown as a message arrives. */
  public Reservation open() {
    return new Reservation();
  }

  private static long kib(long bytes) {
    return (bytes + 1023) / 1024;
  }

  /** Room held for one message; closing it gives the room back. Not thread-safe. */
  public final class Reservation implements AutoCloseable {

    private int heldKib;

    private Reservation() {}

    /**
     * Holds {@code cost} bytes of room, waiting at most {@code wait}. What was held before is given
     * back first, so two growing messages never wait for each other.
     *
     * @return false when the room could not be had in time (the reservation then holds nothing)
     */
    public boolean grow(long cost, Duration wait) throws InterruptedException {
      long wanted = kib(cost);
      if (wanted <= heldKib) {
        return true;
      }
      close();
      if (wanted > budgetKib) {
        return false;
      }
      if (!free.tryAcquire((int) wanted, wait.toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
      }
      heldKib = (int) wanted;
      return true;
    }

    public long heldBytes() {
      return heldKib * 1024L;
    }

    @Override
    public void close() {
      if (heldKib > 0) {
        free.release(heldKib);
        heldKib = 0;
      }
    }
  }
}
