package org.vigil.turnaround;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.support.EmbeddedPostgresServer;

/**
 * Not part of the build (the name ends in neither Test nor IT): times the turnaround lists on
 * PostgreSQL with a large history. Run: ./mvnw -o test -Dtest=BacklogQueriesScaleCheck
 * -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true [-Dscale.exams=1000000]
 */
class BacklogQueriesScaleCheck {

  @Test
  void timesTheListsOverALargeHistory() {
    int examsWanted = Integer.getInteger("scale.exams", 1_000_000);
    String url = EmbeddedPostgresServer.newDatabase();
    com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
    ds.setJdbcUrl(url);
    ds.setUsername("postgres");
    ds.setPassword("postgres");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    long t0 = System.nanoTime();
    jdbc.sql("insert into patient (id, nhs_number, family_name, given_name, birth_date, "
        + "created_at, updated_at) select gen_random_uuid(), lpad((9990000000 + g)::text, 10, '0'),"
        + " 'FAMILY' || g, 'Given', date '1950-01-01' + (g % 20000), now(), now() "
        + "from generate_series(1, ?) g").param(examsWanted / 5).update();
    jdbc.sql("create table p_ids as select id, row_number() over () rn from patient")
        .update();
    // 1 exam in 40 still open: performed and unreported, a few awaiting performance or a final
    jdbc.sql("insert into exam (id, patient_id, accession_number, procedure_name, modality, "
        + "priority, patient_class, site, status, requested_at, performed_at, created_at, "
        + "updated_at) select gen_random_uuid(), p.id, 'ACC' || g, 'Exam ' || (g % 50), "
        + "(array['CT','MR','XR','US','NM'])[1 + g % 5], "
        + "(array['EMERGENCY_DEPARTMENT','URGENT','INPATIENT','TWO_WEEK_WAIT','GP_DIRECT_ACCESS',"
        + "'ROUTINE'])[1 + g % 6], 'OUTPATIENT', 'SITE' || (g % 4), "
        + "case when g % 40 = 0 then 'PERFORMED' when g % 400 = 1 then 'SCHEDULED' "
        + "when g % 400 = 2 then 'PRELIMINARY_REPORTED' else 'REPORTED' end, "
        + "now() - (g % 60) * interval '1 day', now() - (g % 60) * interval '1 day', now(), now() "
        + "from generate_series(1, ?) g join p_ids p on p.rn = 1 + g % ?")
        .params(examsWanted, examsWanted / 5).update();
    jdbc.sql("insert into turnaround_item (exam_id, stage, priority, priority_rank, setting, "
        + "modality, site, subspecialty, since, report_due_at, target_seconds, list_at, "
        + "next_escalation_at, critical, updated_at) select id, case status when 'PERFORMED' "
        + "then 'AWAITING_REPORT' when 'SCHEDULED' then 'AWAITING_PERFORMANCE' "
        + "else 'AWAITING_FINAL' end, priority, (array_position(array['EMERGENCY_DEPARTMENT',"
        + "'URGENT','INPATIENT','TWO_WEEK_WAIT','GP_DIRECT_ACCESS','ROUTINE'], priority::text)) - 1,"
        + " 'OUTPATIENT', modality, site, 'GENERAL', performed_at, "
        + "case when status = 'PERFORMED' then performed_at + interval '3 days' end, 259200, "
        + "performed_at + interval '14 days', null, false, now() from exam "
        + "where status in ('PERFORMED', 'SCHEDULED', 'PRELIMINARY_REPORTED')").update();
    jdbc.sql("drop table p_ids").update();
    jdbc.sql("vacuum analyze").update();
    long items = jdbc.sql("select count(*) from turnaround_item").query(Long.class).single();
    System.out.printf("SCALE: %d exams, %d patients, %d open items, loaded in %d s%n",
        examsWanted, examsWanted / 5, items, (System.nanoTime() - t0) / 1_000_000_000);

    Backlog backlog = new Backlog(jdbc);
    Random random = new Random(7);
    String[] modalities = {null, "CT", "MR", "XR"};
    for (BacklogList list : BacklogList.values()) {
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < 220; i++) {
        BacklogQuery q = new BacklogQuery(list, modalities[random.nextInt(4)],
            random.nextBoolean() ? null : "SITE" + random.nextInt(4), null, Instant.now(),
            random.nextInt(5), 25);
        long start = System.nanoTime();
        backlog.page(q);
        backlog.count(list, Instant.now());
        if (i >= 20) {
          micros.add((System.nanoTime() - start) / 1000);
        }
      }
      Collections.sort(micros);
      System.out.printf("SCALE: %-26s page of 25 + count: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
          list, micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 95 / 100)
              / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
    System.out.println("SCALE: " + Duration.ofNanos(System.nanoTime() - t0));
  }
}
