package org.vigil.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.vigil.record.Exam;
import org.vigil.record.Exams;
import org.vigil.record.Exams.ExamQuery;
import org.vigil.record.NhsNumber;
import org.vigil.record.Patients;
import org.vigil.web.SearchResult.SearchedBy;

/**
 * The one search box: a query is read as an NHS number (10 digits, spaces or dashes allowed,
 * Modulus 11 checked), else as an accession number (exact), else as the start of a family name.
 */
@Service
public class RecordSearch {

  public static final int LIMIT = 50;
  private static final int MAX_QUERY = 100;
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} '\\-]*");

  private final Exams exams;
  private final Patients patients;
  private final RecordLists lists;

  RecordSearch(Exams exams, Patients patients, RecordLists lists) {
    this.exams = exams;
    this.patients = patients;
    this.lists = lists;
  }

  public SearchResult search(String text) {
    String query = text == null ? "" : text.strip();
    if (query.isEmpty()) {
      return SearchResult.explain(query,
          "Enter an accession number, an NHS number or the start of a family name.");
    }
    if (query.length() > MAX_QUERY) {
      return SearchResult.explain(query.substring(0, MAX_QUERY), "That search is too long.");
    }
    String digits = query.replace(" ", "").replace("-", "");
    if (TEN_DIGITS.matcher(digits).matches()) {
      return byNhsNumber(query, digits);
    }
    return byAccession(query).orElseGet(() -> byName(query));
  }

  private SearchResult byNhsNumber(String query, String digits) {
    Optional<NhsNumber> nhs = NhsNumber.parse(digits);
    if (nhs.isEmpty()) {
      return byAccession(query).orElseGet(() -> SearchResult.explain(query,
          "That is not a valid NHS number: its check digit does not match. "
              + "Check the number (10 digits) and try again."));
    }
    List<Exam> found = exams.search(new ExamQuery(null, nhs.get().value(), null, null, LIMIT, 0));
    return new SearchResult(query, SearchedBy.NHS_NUMBER, null, lists.withPatients(found),
        patients.findByNhsNumber(nhs.get().value()));
  }

  private Optional<SearchResult> byAccession(String query) {
    return exams.findByAccession(query)
        .map(exam -> new SearchResult(query, SearchedBy.ACCESSION_NUMBER, null,
            lists.withPatients(List.of(exam)), List.of()));
  }

  private SearchResult byName(String query) {
    if (!NAME.matcher(query).matches()) {
      return SearchResult.explain(query, "No examination has that accession number.");
    }
    List<Exam> found = exams.search(new ExamQuery(null, null, query, null, LIMIT, 0));
    return new SearchResult(query, SearchedBy.FAMILY_NAME, null, lists.withPatients(found),
        patients.searchByName(query, LIMIT));
  }
}
