package org.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.app.HL7Service;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.demo.stream.DemoStream;
import org.vigil.demo.stream.DemoStreamTest;

class DemoFeedTest {

  private static final DemoOptions SMALL = DemoOptions.defaults(DemoStreamTest.CLOCK)
      .withPatients(25).withConnections(3).withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));

  private final Set<String> received = ConcurrentHashMap.newKeySet();
  private HapiContext context;
  private HL7Service server;

  @AfterEach
  void stopServer() throws IOException {
    if (server != null) {
      server.stopAndWait();
    }
    if (context != null) {
      context.close();
    }
  }

  @Test
  void everyDemoMessageIsAcknowledgedByAnMllpListener() throws Exception {
    int port = freePort();
    startServer(port);
    List<DemoMessage> stream = DemoStream.generate(SMALL);
    ByteArrayOutputStream console = new ByteArrayOutputStream();

    DemoFeedResult result = DemoFeed.send("localhost", port, SMALL, stream, new PrintStream(console));

    assertThat(result.allAccepted()).as(result.toString()).isTrue();
    assertThat(result.total()).isEqualTo(stream.size());
    assertThat(received).hasSize(stream.size());
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("demo: " + stream.size() + "/" + stream.size() + " messages sent, 0 rejected");
  }

  @Test
  void waitsForAListenerThatStartsLate() throws Exception {
    int port = freePort();
    Thread starter = new Thread(() -> {
      try {
        Thread.sleep(1500);
        startServer(port);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    starter.start();
    List<DemoMessage> stream = DemoStream.generate(SMALL.withPatients(5));

    DemoFeedResult result = DemoFeed.send("localhost", port, SMALL, stream, new PrintStream(
        new ByteArrayOutputStream()));

    starter.join();
    assertThat(result.allAccepted()).as(result.toString()).isTrue();
  }

  @Test
  void endsAndCountsEveryMessageAsFailedWhenNobodyListens() throws Exception {
    int port = freePort();
    DemoOptions impatient = SMALL.withTimeouts(Duration.ofMillis(600), Duration.ofSeconds(1));
    List<DemoMessage> stream = DemoStream.generate(impatient.withPatients(5));

    DemoFeedResult result = DemoFeed.send("localhost", port, impatient, stream, new PrintStream(
        new ByteArrayOutputStream()));

    assertThat(result.failed()).isEqualTo(stream.size());
    assertThat(result.accepted()).isZero();
  }

  private void startServer(int port) throws InterruptedException {
    DemoStreamTest.quietHapi();
    context = new DefaultHapiContext();
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
    context.getParserConfiguration().setIdGenerator(new InMemoryIDGenerator());
    server = context.newServer(port, false);
    server.registerApplication("*", "*", new Acknowledger());
    server.startAndWait();
  }

  private final class Acknowledger implements ReceivingApplication<Message> {
    @Override
    public Message processMessage(Message message, Map<String, Object> metadata)
        throws HL7Exception {
      try {
        received.add(ca.uhn.hl7v2.util.Terser.get(
            (ca.uhn.hl7v2.model.Segment) message.get("MSH"), 10, 0, 1, 1));
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
