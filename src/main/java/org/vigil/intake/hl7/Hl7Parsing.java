package org.vigil.intake.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * HAPI's pipe parser, configured once: every version (2.3 to 2.7) is read into v2.5.1 structures,
 * without HAPI's validation (Vigil checks what it needs itself) but with the whitespace trimming
 * that HAPI's "no validation" still does ({@link NoValidationTrimming}), and with an in-memory id
 * generator (HAPI's default writes ./id_file). The parser is thread-safe and shared.
 */
@Component
public class Hl7Parsing {

  private final PipeParser parser;

  Hl7Parsing() {
    HapiContext context = new DefaultHapiContext();
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    context.setValidationContext(new NoValidationTrimming());
    context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
    this.parser = new StructureFromHeaderParser(context);
  }

  /**
   * HAPI's pipe parser, except that it reads the message structure from the MSH segment alone.
   * HAPI 2.6 finds it by splitting the whole message at every field separator (it takes the
   * larger of the first segment's end and the message's length), a quarter of the parse time of
   * a report. The MSH segment gives the same structure; the message is then parsed into it.
   */
  static final class StructureFromHeaderParser extends PipeParser {

    StructureFromHeaderParser(HapiContext context) {
      super(context);
    }

    @Override
    protected Message doParse(String message, String version) throws HL7Exception {
      int headerEnd = message.indexOf('\r');
      if (headerEnd < 0) {
        return super.doParse(message, version);
      }
      Message parsed = super.doParse(message.substring(0, headerEnd), version);
      parse(parsed, message);
      return parsed;
    }
  }

  /** The message and its non-empty segments in message order. */
  public record Parsed(Message message, List<Segment> segments) {

    public <T extends Segment> T first(Class<T> type) {
      return all(type).stream().findFirst().orElse(null);
    }

    <T extends Segment> List<T> all(Class<T> type) {
      return segments.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  Parsed parse(String text) {
    try {
      Message message = parser.parse(text);
      List<Segment> segments = new ArrayList<>();
      collect(message, segments);
      return new Parsed(message, segments);
    } catch (HL7Exception | RuntimeException e) {
      // HAPI throws unchecked exceptions too on odd input (fuzzing found IllegalArgumentException)
      throw Hl7Rejection.reject(Hl7Rejection.SEGMENT_SEQUENCE,
          "cannot parse HL7: " + safe(e.getMessage()));
    }
  }

  private static void collect(Group group, List<Segment> out) throws HL7Exception {
    for (String name : group.getNames()) {
      for (Structure s : group.getAll(name)) {
        if (s instanceof Segment segment) {
          if (!segment.isEmpty()) {
            out.add(segment);
          }
        } else if (s instanceof Group child) {
          collect(child, out);
        }
      }
    }
  }

  /** HAPI messages may quote field content; keep only the first line, cut short. */
  private static String safe(String message) {
    if (message == null) {
      return "parser error";
    }
    String line = message.lines().findFirst().orElse("");
    int quote = line.indexOf(" The following is");
    line = quote > 0 ? line.substring(0, quote) : line; // HAPI quotes message content there
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
