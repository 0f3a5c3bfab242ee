package org.vigil.intake.fhir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.vigil.record.RecordRejection;

class GuardTest {

  @Test
  void aChangeTheRecordRefusesIsAnswered422WithItsReason() {
    assertThatThrownBy(() -> Guard.call("test", () -> {
      throw new RecordRejection("new identifier already belongs to another patient");
    })).isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("already belongs to another patient");
  }

  @Test
  void databaseDetailsNeverReachTheAnswer() {
    assertThatThrownBy(() -> Guard.call("test", () -> {
      throw new DataIntegrityViolationException("Key (id_value)=(9434765919) already exists");
    })).isInstanceOf(ResourceVersionConflictException.class)
        .message().doesNotContain("9434765919");
    assertThatThrownBy(() -> Guard.call("test", () -> {
      throw new IllegalStateException("patient SMITH 9434765919");
    })).isInstanceOf(InternalErrorException.class)
        .message().doesNotContain("9434765919").contains("incident");
  }
}
