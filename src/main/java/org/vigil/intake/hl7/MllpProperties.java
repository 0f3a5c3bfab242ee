package org.vigil.intake.hl7;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HL7 v2 over MLLP ({@code vigil.mllp.*}; the port also from {@code VIGIL_MLLP_PORT}).
 *
 * @param enabled whether to listen at all
 * @param port TCP port; 0 picks a free one (tests)
 * @param maxConnections concurrent sender connections served; more wait to be accepted
 * @param maxMessageBytes a larger message is answered AR and kept as a dead letter
 * @param maxStoredBytes at most this many bytes of a rejected message are stored
 * @param frameTimeout how long a started frame may stall before it is answered AR and kept
 * @param retries how many times a message transaction is retried after a transient failure
 * @param timeZone the zone of HL7 timestamps that carry no offset
 * @param twoWeekWaitCodes priority codes (OBR-27 / TQ1-9) that mean a 2-week-wait referral
 * @param accessionSources where the accession number is, in order of preference (IHE: IPC-1, OBR-18)
 * @param senderAccessionSources the same per sending application (MSH-3), for RIS that differ
 * @param writers threads that commit messages; each commits whatever is waiting as one
 *     transaction (group commit), so one disk write serves many messages
 * @param maxBatch the most messages committed in one transaction
 * @param commitDelay the longest a commit waits for messages from connections that have none in
 *     it yet, so that one commit serves them too; a lone sender never waits, and while other
 *     connections are open but idle each commit waits the full delay; 0 turns it off
 * @param maxSegments a message with more segments is refused (AR) and kept as a dead letter: each
 *     parsed segment costs about 5 KB of memory, so this bounds what one message can take
 */
@ConfigurationProperties("vigil.mllp")
public record MllpProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("2575") int port,
    @DefaultValue("64") int maxConnections,
    @DefaultValue("10485760") int maxMessageBytes,
    @DefaultValue("10485760") int maxStoredBytes,
    @DefaultValue("60s") Duration frameTimeout,
    @DefaultValue("3") int retries,
    @DefaultValue("Europe/London") ZoneId timeZone,
    @DefaultValue({"2WW", "TWW"}) List<String> twoWeekWaitCodes,
    @DefaultValue({"IPC-1", "OBR-18", "OBR-3", "ORC-3", "OBR-2", "ORC-2"})
        List<String> accessionSources,
    Map<String, List<String>> senderAccessionSources,
    @DefaultValue("1") int writers,
    @DefaultValue("64") int maxBatch,
    @DefaultValue("2ms") Duration commitDelay,
    @DefaultValue("10000") int maxSegments) {

  /** Where this sender puts the accession number, in order of preference. */
  public List<String> accessionSourcesFor(String sendingApplication) {
    if (senderAccessionSources != null && senderAccessionSources.containsKey(sendingApplication)) {
      return senderAccessionSources.get(sendingApplication);
    }
    return accessionSources;
  }
}
