package org.vigil.turnaround.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;
import org.vigil.turnaround.Setting;
import org.vigil.turnaround.dashboard.DashboardProperties;

/**
 * Writes the NHS Diagnostic Imaging Dataset's fields that Vigil holds, one row per examination
 * whose test (performed) date is in a range, straight from a database cursor to the response:
 * never the whole range in memory. Fields of the DID that Vigil does not hold are present and
 * blank (docs/turnaround-dashboard.md lists them).
 */
@Component
class DidExport {

  static final String[] HEADER = {
      "NHS_NUMBER", "PERSON_BIRTH_DATE", "PERSON_STATED_GENDER_CODE", "POSTCODE_OF_USUAL_ADDRESS",
      "PATIENT_SOURCE_SETTING", "REFERRER_CODE", "REFERRER_NAME", "REFERRING_ORGANISATION_CODE",
      "DIAGNOSTIC_TEST_REQUEST_DATE", "DIAGNOSTIC_TEST_REQUEST_RECEIVED_DATE",
      "DIAGNOSTIC_TEST_DATE", "SERVICE_REPORT_ISSUE_DATE", "IMAGING_CODE_NICIP",
      "IMAGING_CODE_SNOMED_CT", "LOCAL_PROCEDURE_CODE", "PROCEDURE_NAME", "MODALITY",
      "BODY_SITE", "SITE_CODE_OF_IMAGING", "PRIORITY", "ACCESSION_NUMBER"};

  private static final String QUERY = """
      select p.nhs_number, p.birth_date, p.sex, e.priority, e.patient_class, e.requester,
             e.requested_at, e.performed_at, e.final_at, e.procedure_code, e.procedure_name,
             e.modality, e.body_part, e.site, e.accession_number
      from exam e join patient p on p.id = e.patient_id
      where e.performed_at >= ? and e.performed_at < ?
      order by e.performed_at, e.id""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ZoneId zone;

  DidExport(DataSource dataSource, PlatformTransactionManager transactions,
      DashboardProperties properties) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1_000); // PostgreSQL streams with a cursor inside a transaction
    this.transactions = new TransactionTemplate(transactions);
    this.transactions.setReadOnly(true);
    this.zone = properties.zone();
  }

  /** Writes the rows for test dates {@code from} to {@code to}, both included. */
  long write(LocalDate from, LocalDate to, OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long[] rows = {0};
    transactions.executeWithoutResult(tx -> {
      write(writer, HEADER);
      jdbc.query(QUERY, rs -> {
        write(writer, row(rs));
        rows[0]++;
      }, from.atStartOfDay(zone).toOffsetDateTime(),
          to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    });
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }

  private String[] row(ResultSet rs) throws SQLException {
    Priority priority = Priority.valueOf(rs.getString("priority"));
    PatientClass patientClass = PatientClass.valueOf(rs.getString("patient_class"));
    LocalDate birth = rs.getObject("birth_date", LocalDate.class);
    return new String[] {
        rs.getString("nhs_number"), birth == null ? null : birth.toString(), gender(rs.getString("sex")),
        null, Setting.of(priority, patientClass).name(), null, rs.getString("requester"), null,
        date(rs, "requested_at"), null, date(rs, "performed_at"), date(rs, "final_at"), null,
        null, rs.getString("procedure_code"), rs.getString("procedure_name"),
        rs.getString("modality"), rs.getString("body_part"), rs.getString("site"),
        priority.name(), rs.getString("accession_number")};
  }

  /** NHS Data Dictionary person stated gender: 1 male, 2 female, 9 indeterminate, X not known. */
  private static String gender(String sex) {
    if (sex == null) {
      return "X";
    }
    return switch (sex) {
      case "M" -> "1";
      case "F" -> "2";
      case "O" -> "9";
      default -> "X";
    };
  }

  private String date(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.atZoneSameInstant(zone).toLocalDate().toString();
  }

  private static void write(Writer writer, String[] cells) {
    try {
      writer.write(CsvCells.row(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
