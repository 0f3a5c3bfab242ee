package org.vigil.record;

import static org.vigil.record.Columns.date;
import static org.vigil.record.Columns.instant;
import static org.vigil.record.Columns.ts;
import static org.vigil.record.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patients in the record: lookups by id, identifier, NHS number and name. */
@Repository
public class Patients {

  private static final String COLUMNS =
      "id, nhs_number, family_name, given_name, birth_date, sex, merged_into, created_at, updated_at";

  private final JdbcClient jdbc;

  Patients(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Patient> find(PatientId id) {
    return jdbc.sql("select " + COLUMNS + " from patient where id = ?")
        .param(id.value())
        .query(Patients::map)
        .optional();
  }

  /** The patient an identifier belongs to now, following merges to the surviving record. */
  public Optional<Patient> findByIdentifier(String authority, String value) {
    return identifierOwner(new PatientIdentifier(authority, value, null))
        .map(this::surviving)
        .flatMap(this::find);
  }

  public List<Patient> findByNhsNumber(String nhsNumber) {
    return jdbc.sql("select " + COLUMNS + " from patient where nhs_number = ? and merged_into is null")
        .param(nhsNumber)
        .query(Patients::map)
        .list();
  }

  /** Patients (not merged away) whose family name starts with {@code prefix}, case-insensitively. */
  public List<Patient> searchByName(String prefix, int limit) {
    return jdbc.sql(
            "select " + COLUMNS + " from patient where upper(family_name) like ? "
                + "and merged_into is null order by family_name, given_name limit ?")
        .param(prefix.strip().toUpperCase().replace("%", "") + "%")
        .param(limit)
        .query(Patients::map)
        .list();
  }

  public List<IdentifierRecord> identifiers(PatientId id) {
    return jdbc.sql(
            "select authority, id_value, id_type, active, created_at from patient_identifier "
                + "where patient_id = ? order by created_at, authority")
        .param(id.value())
        .query((rs, n) -> new IdentifierRecord(
            new PatientIdentifier(rs.getString("authority"), rs.getString("id_value"),
                rs.getString("id_type")),
            rs.getBoolean("active"), instant(rs, "created_at")))
        .list();
  }

  /** Records merged into this patient (directly or through earlier merges), oldest first. */
  public List<MergeRecord> mergesInto(PatientId surviving) {
    return jdbc.sql(
            "select merged_patient, merged_at, exams_moved, reports_moved from patient_merge "
                + "where surviving_patient = ? order by merged_at")
        .param(surviving.value())
        .query((rs, n) -> new MergeRecord(new PatientId(uuid(rs, "merged_patient")), surviving,
            instant(rs, "merged_at"), rs.getInt("exams_moved"), rs.getInt("reports_moved")))
        .list();
  }

  /** A known identifier with whether it is still in use. */
  public record IdentifierRecord(PatientIdentifier identifier, boolean active, Instant since) {}

  /** One merge: {@code merged} was folded into {@code surviving}. */
  public record MergeRecord(
      PatientId merged, PatientId surviving, Instant at, int examsMoved, int reportsMoved) {}

  // ---- writes, for the record module only ----

  Optional<PatientId> identifierOwner(PatientIdentifier identifier) {
    return jdbc.sql("select patient_id from patient_identifier where authority = ? and id_value = ?")
        .param(identifier.authority())
        .param(identifier.value())
        .query((rs, n) -> new PatientId(uuid(rs, "patient_id")))
        .optional();
  }

  /**
   * The surviving patient an identifier belongs to, in one query when the owner was never merged
   * (the common case on the intake path).
   */
  Optional<PatientId> survivingOwner(PatientIdentifier identifier) {
    List<UUID[]> rows = jdbc.sql("select pi.patient_id, p.merged_into from patient_identifier pi "
            + "join patient p on p.id = pi.patient_id where pi.authority = ? and pi.id_value = ?")
        .param(identifier.authority())
        .param(identifier.value())
        .query((rs, n) -> new UUID[] {uuid(rs, "patient_id"), uuid(rs, "merged_into")})
        .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    UUID[] row = rows.get(0);
    return Optional.of(row[1] == null ? new PatientId(row[0]) : surviving(new PatientId(row[1])));
  }

  /** Follows merged_into links to the record that survives (bounded, in case of a bad loop). */
  PatientId surviving(PatientId id) {
    PatientId current = id;
    for (int hop = 0; hop < 20; hop++) {
      Optional<UUID> next = jdbc.sql("select merged_into from patient where id = ?")
          .param(current.value())
          .query((rs, n) -> uuid(rs, "merged_into"))
          .optional();
      if (next.isEmpty() || next.get() == null) {
        return current;
      }
      current = new PatientId(next.get());
    }
    throw new IllegalStateException("patient merge chain too long or circular");
  }

  void insert(PatientId id, PatientDetails details, Instant now) {
    jdbc.sql("insert into patient (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, null, ?, ?)")
        .param(id.value())
        .param(details.nhsNumber().map(NhsNumber::value).orElse(null))
        .param(details.familyName())
        .param(details.givenName())
        .param(details.birthDate())
        .param(details.sex().name())
        .param(ts(now))
        .param(ts(now))
        .update();
  }

  void addIdentifier(PatientId id, PatientIdentifier identifier, boolean active, Instant now) {
    jdbc.sql(
            "insert into patient_identifier (id, patient_id, authority, id_value, id_type, active, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .param(TimeOrderedIds.next())
        .param(id.value())
        .param(identifier.authority())
        .param(identifier.value())
        .param(identifier.type())
        .param(active)
        .param(ts(now))
        .update();
  }

  /** Updates demographics the message states; returns true when something changed. */
  boolean updateDemographics(Patient current, PatientDetails details, Instant now) {
    String nhs = details.nhsNumber().map(NhsNumber::value).orElse(current.nhsNumber());
    String family = orElse(details.familyName(), current.familyName());
    String given = orElse(details.givenName(), current.givenName());
    var birth = details.birthDate() == null ? current.birthDate() : details.birthDate();
    Sex sex = details.sex() == Sex.U ? current.sex() : details.sex();
    boolean changed = !java.util.Objects.equals(nhs, current.nhsNumber())
        || !java.util.Objects.equals(family, current.familyName())
        || !java.util.Objects.equals(given, current.givenName())
        || !java.util.Objects.equals(birth, current.birthDate())
        || sex != current.sex();
    if (changed) {
      jdbc.sql("update patient set nhs_number = ?, family_name = ?, given_name = ?, birth_date = ?, "
              + "sex = ?, updated_at = ? where id = ?")
          .params(nhs, family, given, birth, sex.name(), ts(now), current.id().value())
          .update();
    }
    return changed;
  }

  void markMerged(PatientId merged, PatientId surviving, Instant now) {
    jdbc.sql("update patient set merged_into = ?, updated_at = ? where id = ?")
        .params(surviving.value(), ts(now), merged.value())
        .update();
  }

  void recordMerge(PatientId surviving, PatientId merged, UUID message, int exams, int reports,
      Instant now) {
    jdbc.sql("insert into patient_merge (id, surviving_patient, merged_patient, merged_at, "
            + "source_message, exams_moved, reports_moved) values (?, ?, ?, ?, ?, ?, ?)")
        .params(TimeOrderedIds.next(), surviving.value(), merged.value(), ts(now), message, exams, reports)
        .update();
  }

  void retireIdentifier(PatientIdentifier identifier) {
    jdbc.sql("update patient_identifier set active = false where authority = ? and id_value = ?")
        .params(identifier.authority(), identifier.value())
        .update();
  }

  void moveIdentifier(PatientIdentifier identifier, PatientId to) {
    jdbc.sql("update patient_identifier set patient_id = ? where authority = ? and id_value = ?")
        .params(to.value(), identifier.authority(), identifier.value())
        .update();
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static Patient map(ResultSet rs, int row) throws SQLException {
    UUID merged = uuid(rs, "merged_into");
    return new Patient(
        new PatientId(uuid(rs, "id")),
        rs.getString("nhs_number"),
        rs.getString("family_name"),
        rs.getString("given_name"),
        date(rs, "birth_date"),
        Sex.fromCode(rs.getString("sex")),
        merged == null ? null : new PatientId(merged),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
