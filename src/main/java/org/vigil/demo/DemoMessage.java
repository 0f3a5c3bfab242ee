package org.vigil.demo;

import java.time.Instant;

/**
 * One generated HL7 v2 message.
 *
 * @param at the event time (MSH-7)
 * @param partition messages with the same partition go, in order, over the same connection
 * @param type MSH-9 message code and trigger, e.g. "ORU^R01"
 * @param text the message, segments ended by carriage returns
 */
public record DemoMessage(Instant at, String partition, String type, String text) {}
