package org.vigil.bench.mllp;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * A bare HAPI MLLP server that parses each message and returns only an ACK: the ceiling any
 * HAPI-based listener on this machine can reach. ACK control ids come from memory (HAPI's
 * default generator would write ./id_file on every ACK).
 */
final class BareServer implements AutoCloseable {

  private final HapiContext context;
  private final HL7Service service;

  private BareServer(HapiContext context, HL7Service service) {
    this.context = context;
    this.service = service;
  }

  static BareServer start(int port, boolean validating) throws InterruptedException {
    HapiContext context = new DefaultHapiContext();
    context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
    context.getParserConfiguration().setValidating(validating);
    HL7Service service = context.newServer(port, false);
    service.registerApplication("*", "*", new Acknowledger());
    service.startAndWait();
    return new BareServer(context, service);
  }

  @Override
  public void close() throws IOException {
    service.stopAndWait();
    context.close();
  }

  private static final class Acknowledger implements ReceivingApplication<Message> {
    @Override
    public Message processMessage(Message message, Map<String, Object> metadata)
        throws HL7Exception {
      try {
        return message.generateACK();
      } catch (IOException e) {
        throw new HL7Exception(e);
      }
    }

    @Override
    public boolean canProcess(Message message) {
      return true;
    }
  }
}
