package org.vigil.intake.hl7.mapping;

import ca.uhn.hl7v2.model.v251.segment.PV1;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import org.vigil.intake.hl7.MessageHeader;
import org.vigil.intake.hl7.MllpProperties;

/** What the mapping of one message needs besides its order segments. */
record MappingContext(
    MessageHeader header,
    PV1 visit,
    Charset charset,
    ZoneId zone,
    List<String> accessionSources,
    List<String> twoWeekWaitCodes) {

  static MappingContext of(MessageHeader header, PV1 visit, Charset charset,
      MllpProperties properties) {
    return new MappingContext(header, visit, charset, properties.timeZone(),
        properties.accessionSourcesFor(header.sendingApplication()),
        properties.twoWeekWaitCodes());
  }
}
