package org.vigil.web;

import java.util.List;
import org.vigil.record.Patient;

/**
 * What a search box query found. {@code searchedBy} says how the query was understood;
 * {@code message} is a friendly explanation when nothing could be searched (or null).
 */
public record SearchResult(
    String query, SearchedBy searchedBy, String message, List<ExamRow> exams,
    List<Patient> patients) {

  public SearchResult {
    exams = List.copyOf(exams);
    patients = List.copyOf(patients);
  }

  /** How the search box read the query. */
  public enum SearchedBy { ACCESSION_NUMBER, NHS_NUMBER, FAMILY_NAME, NOTHING }

  static SearchResult explain(String query, String message) {
    return new SearchResult(query, SearchedBy.NOTHING, message, List.of(), List.of());
  }

  public boolean isEmpty() {
    return exams.isEmpty() && patients.isEmpty();
  }
}
