package org.vigil.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.vigil.findings.Finding;
import org.vigil.findings.Measurement;
import org.vigil.findings.Modifier;
import org.vigil.findings.ReportAnalysis;

/**
 * How a reading is stored: the API's JSON without what reads back the same anyway (false flags,
 * empty lists and the derived "affirmed"), a fifth smaller, for a row written for every report.
 * It reads both this form and the full one that earlier versions stored.
 */
final class ReadingJson {

  private final ObjectMapper mapper;

  ReadingJson(ObjectMapper api) {
    this.mapper = api.copy().addMixIn(Finding.class, StoredFinding.class);
  }

  String write(ReportAnalysis analysis) {
    try {
      return mapper.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a report analysis", e);
    }
  }

  ReportAnalysis read(String json) {
    try {
      return mapper.readValue(json, ReportAnalysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report analysis is unreadable", e);
    }
  }

  /** Jackson mix-in: stored findings leave out their defaults, and read them back. */
  @SuppressWarnings("unused")
  private abstract static class StoredFinding {

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean negated();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean uncertain();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean historical();

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract boolean hypothetical();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonSetter(nulls = Nulls.AS_EMPTY)
    abstract List<Measurement> measurements();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonSetter(nulls = Nulls.AS_EMPTY)
    abstract List<Modifier> modifiers();

    @JsonIgnore
    abstract boolean isAffirmed();
  }
}
