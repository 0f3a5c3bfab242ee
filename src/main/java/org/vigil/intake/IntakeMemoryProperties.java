package org.vigil.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The memory that messages being taken in may hold at once ({@code vigil.intake.memory.*}).
 *
 * @param budget memory for messages in flight, MLLP and FHIR together; unset means a share of the
 *     heap ({@code heap-share})
 * @param heapShare the share of the maximum heap that the budget takes when it is not set
 * @param costFactor heap used while a message is processed, per byte of the message as sent
 *     (text copies, the archived bytes, the database write); measured, see docs/intake-memory.md
 * @param segmentCost heap used per HL7 segment once parsed (HAPI's model holds about 5.4 KB for an
 *     OBX line), on top of the bytes
 * @param fhirCostFactor heap used per byte of a FHIR body while it is parsed and taken in
 * @param frameAllowance what an MLLP frame may hold before it must reserve room for a message of
 *     the largest accepted size; most messages never get there
 * @param mllpWait how long an MLLP sender is held (no bytes read, no ACK) waiting for room before
 *     the connection is closed without an ACK, so the sender sends the message again
 * @param httpWait how long a FHIR request waits for room before it is answered 503 with
 *     Retry-After
 */
@ConfigurationProperties("vigil.intake.memory")
public record IntakeMemoryProperties(
    DataSize budget,
    @DefaultValue("0.5") double heapShare,
    @DefaultValue("12") int costFactor,
    @DefaultValue("8KB") DataSize segmentCost,
    @DefaultValue("20") int fhirCostFactor,
    @DefaultValue("64KB") DataSize frameAllowance,
    @DefaultValue("30s") Duration mllpWait,
    @DefaultValue("2s") Duration httpWait) {

  public IntakeMemoryProperties {
    if (heapShare <= 0 || heapShare > 0.9) {
      throw new IllegalArgumentException("vigil.intake.memory.heap-share must be above 0 and at "
          + "most 0.9, not " + heapShare);
    }
    if (costFactor < 1 || fhirCostFactor < 1) {
      throw new IllegalArgumentException(
          "vigil.intake.memory.cost-factor and fhir-cost-factor must be at least 1");
    }
  }

  /** The budget in bytes: as configured, or the heap share of this JVM's maximum heap. */
  public long budgetBytes(long maxHeapBytes) {
    return budget != null ? budget.toBytes() : (long) (maxHeapBytes * heapShare);
  }
}
