package org.vigil.record;

import static org.vigil.record.Columns.enumValue;
import static org.vigil.record.Columns.instant;
import static org.vigil.record.Columns.name;
import static org.vigil.record.Columns.ts;
import static org.vigil.record.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The examinations in the record. */
@Repository
public class Exams {

  static final String COLUMNS =
      "id, patient_id, accession_number, placer_number, filler_number, procedure_code, "
          + "procedure_name, modality, body_part, priority, patient_class, requester, consultant, "
          + "team, site, status, requested_at, scheduled_at, performed_at, preliminary_at, final_at, "
          + "cancelled_at, created_at, updated_at";

  private final JdbcClient jdbc;

  Exams(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Exam> find(ExamId id) {
    return jdbc.sql("select " + COLUMNS + " from exam where id = ?")
        .param(id.value())
        .query(Exams::map)
        .optional();
  }

  /** The modality of each of these examinations that exists and has one. */
  public Map<ExamId, String> modalities(Collection<ExamId> ids) {
    Map<ExamId, String> modalities = new HashMap<>();
    if (ids.isEmpty()) {
      return modalities;
    }
    jdbc.sql("select id, modality from exam where id = any(?) and modality is not null")
        .param(UuidArray.of(ids.stream().map(ExamId::value).toList()))
        .query(rs -> {
          modalities.put(new ExamId(uuid(rs, "id")), rs.getString("modality"));
        });
    return modalities;
  }

  public Optional<Exam> findByAccession(String accessionNumber) {
    return jdbc.sql("select " + COLUMNS + " from exam where accession_number = ?")
        .param(accessionNumber)
        .query(Exams::map)
        .optional();
  }

  public List<Exam> ofPatient(PatientId patient) {
    return jdbc.sql("select " + COLUMNS + " from exam where patient_id = ? "
            + "order by coalesce(performed_at, requested_at, created_at) desc")
        .param(patient.value())
        .query(Exams::map)
        .list();
  }

  /**
   * Examinations most recently changed first, optionally filtered: by accession number (exact),
   * NHS number (exact), family name (prefix) and site.
   */
  public List<Exam> search(ExamQuery query) {
    StringBuilder sql = new StringBuilder("select ");
    sql.append(COLUMNS.replaceAll("(^|, )", "$1e."))
        .append(" from exam e join patient p on p.id = e.patient_id where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.accessionNumber() != null) {
      sql.append(" and e.accession_number = ?");
      params.add(query.accessionNumber());
    }
    if (query.nhsNumber() != null) {
      sql.append(" and p.nhs_number = ?");
      params.add(query.nhsNumber());
    }
    if (query.familyNamePrefix() != null) {
      sql.append(" and upper(p.family_name) like ?");
      params.add(query.familyNamePrefix().toUpperCase().replace("%", "") + "%");
    }
    if (query.site() != null) {
      sql.append(" and e.site = ?");
      params.add(query.site());
    }
    sql.append(" order by e.updated_at desc limit ? offset ?");
    params.add(query.limit());
    params.add(query.offset());
    return jdbc.sql(sql.toString()).params(params).query(Exams::map).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from exam").query(Long.class).single();
  }

  /** A search over examinations; null fields do not filter. */
  public record ExamQuery(
      String accessionNumber, String nhsNumber, String familyNamePrefix, String site, int limit,
      int offset) {

    public static ExamQuery recent(int limit) {
      return new ExamQuery(null, null, null, null, limit, 0);
    }
  }

  // ---- writes, for the record module only ----

  void insert(Exam exam) {
    jdbc.sql("insert into exam (" + COLUMNS + ") values (" + "?, ".repeat(23) + "?)")
        .params(values(exam))
        .update();
  }

  void update(Exam exam) {
    jdbc.sql("update exam set patient_id = ?, accession_number = ?, placer_number = ?, "
            + "filler_number = ?, procedure_code = ?, procedure_name = ?, modality = ?, body_part = ?, "
            + "priority = ?, patient_class = ?, requester = ?, consultant = ?, team = ?, site = ?, "
            + "status = ?, requested_at = ?, scheduled_at = ?, performed_at = ?, preliminary_at = ?, "
            + "final_at = ?, cancelled_at = ?, created_at = ?, updated_at = ? where id = ?")
        .params(withIdLast(values(exam)))
        .update();
  }

  int movePatient(PatientId from, PatientId to, Instant now) {
    return jdbc.sql("update exam set patient_id = ?, updated_at = ? where patient_id = ?")
        .params(to.value(), ts(now), from.value())
        .update();
  }

  private static List<Object> values(Exam e) {
    List<Object> values = new ArrayList<>();
    values.add(e.id().value());
    values.add(e.patientId().value());
    values.add(e.accessionNumber());
    values.add(e.placerNumber());
    values.add(e.fillerNumber());
    values.add(e.procedureCode());
    values.add(e.procedureName());
    values.add(e.modality());
    values.add(e.bodyPart());
    values.add(name(e.priority()));
    values.add(name(e.patientClass()));
    values.add(e.requester());
    values.add(e.consultant());
    values.add(e.team());
    values.add(e.site());
    values.add(name(e.status()));
    for (Instant t : Arrays.asList(e.requestedAt(), e.scheduledAt(), e.performedAt(),
        e.preliminaryAt(), e.finalAt(), e.cancelledAt(), e.createdAt(), e.updatedAt())) {
      values.add(ts(t));
    }
    return values;
  }

  private static List<Object> withIdLast(List<Object> values) {
    List<Object> reordered = new ArrayList<>(values.subList(1, values.size()));
    reordered.add(values.get(0));
    return reordered;
  }

  static Exam map(ResultSet rs, int row) throws SQLException {
    return new Exam(
        new ExamId(uuid(rs, "id")),
        new PatientId(uuid(rs, "patient_id")),
        rs.getString("accession_number"),
        rs.getString("placer_number"),
        rs.getString("filler_number"),
        rs.getString("procedure_code"),
        rs.getString("procedure_name"),
        rs.getString("modality"),
        rs.getString("body_part"),
        enumValue(Priority.class, rs, "priority"),
        enumValue(PatientClass.class, rs, "patient_class"),
        rs.getString("requester"),
        rs.getString("consultant"),
        rs.getString("team"),
        rs.getString("site"),
        enumValue(ExamStatus.class, rs, "status"),
        instant(rs, "requested_at"),
        instant(rs, "scheduled_at"),
        instant(rs, "performed_at"),
        instant(rs, "preliminary_at"),
        instant(rs, "final_at"),
        instant(rs, "cancelled_at"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }
}
