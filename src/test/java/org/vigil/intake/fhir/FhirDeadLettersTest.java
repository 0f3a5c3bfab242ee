package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.NewDeadLetter;

/** Which refused FHIR requests are kept, and what the sender hears when keeping one fails. */
class FhirDeadLettersTest {

  private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

  private final DeadLetters store = mock(DeadLetters.class);
  private final FhirDeadLetters deadLetters =
      new FhirDeadLetters(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aRefusedCreateIsKeptWithItsBodyStatusReasonSenderAndRequestId() {
    assertThat(deadLetters.keep(request(RequestTypeEnum.POST, RestOperationTypeEnum.CREATE),
        new UnprocessableEntityException("needs an accession number"))).isNull();

    ArgumentCaptor<NewDeadLetter> kept = ArgumentCaptor.forClass(NewDeadLetter.class);
    verify(store).store(kept.capture());
    assertThat(kept.getValue().channel()).isEqualTo("FHIR");
    assertThat(kept.getValue().ackCode()).isEqualTo("422");
    assertThat(kept.getValue().reason()).isEqualTo("needs an accession number");
    assertThat(kept.getValue().messageType()).isEqualTo("ServiceRequest create");
    assertThat(kept.getValue().sendingApplication()).isEqualTo("ris");
    assertThat(kept.getValue().controlId()).isEqualTo("req-1");
    assertThat(kept.getValue().raw()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(kept.getValue().receivedAt()).isEqualTo(NOW);
  }

  @Test
  void anUnexpectedFailureIsKeptAsA500() {
    deadLetters.keep(request(RequestTypeEnum.PUT, RestOperationTypeEnum.UPDATE),
        new IllegalStateException("boom"));

    ArgumentCaptor<NewDeadLetter> kept = ArgumentCaptor.forClass(NewDeadLetter.class);
    verify(store).store(kept.capture());
    assertThat(kept.getValue().ackCode()).isEqualTo("500");
    assertThat(kept.getValue().reason()).doesNotContain("boom");
  }

  @Test
  void aRefusalThatCannotBeKeptIsAnsweredSendAgain() {
    when(store.store(any())).thenThrow(new DataAccessResourceFailureException("database down"));

    BaseServerResponseException answer = deadLetters.keep(
        request(RequestTypeEnum.POST, RestOperationTypeEnum.CREATE),
        new UnprocessableEntityException("needs an accession number"));

    assertThat(answer).isNotNull();
    assertThat(answer.getStatusCode()).isEqualTo(503);
  }

  @Test
  void readsSearchesAndCommittedWritesAreNotKept() {
    deadLetters.keep(request(RequestTypeEnum.GET, RestOperationTypeEnum.READ),
        new UnprocessableEntityException("x"));
    deadLetters.keep(request(RequestTypeEnum.POST, RestOperationTypeEnum.SEARCH_TYPE),
        new UnprocessableEntityException("x"));
    ServletRequestDetails committed = request(RequestTypeEnum.POST, RestOperationTypeEnum.CREATE);
    new FhirTransaction.Committed(null, null, true, false).answer(committed, () -> null);
    deadLetters.keep(committed, new IllegalStateException("writing the answer failed"));

    verify(store, never()).store(any());
  }

  private static ServletRequestDetails request(RequestTypeEnum method,
      RestOperationTypeEnum operation) {
    MockHttpServletRequest servlet =
        new MockHttpServletRequest(method.name(), "/fhir/ServiceRequest");
    servlet.setRemoteUser("ris");
    ServletRequestDetails request = new ServletRequestDetails();
    request.setServletRequest(servlet);
    request.setRequestType(method);
    request.setRestOperationType(operation);
    request.setResourceName("ServiceRequest");
    request.setRequestId("req-1");
    request.setRequestContents("{}".getBytes(StandardCharsets.UTF_8));
    return request;
  }
}
