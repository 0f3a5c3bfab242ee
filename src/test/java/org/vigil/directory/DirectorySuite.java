package org.vigil.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The clinician directory against a real database; run on H2 and PostgreSQL by subclasses. */
@SpringBootTest
abstract class DirectorySuite {

  static final String HEADER = "code,authority,name,user,email,team,sites\n";
  static final Set<String> USERS = Set.of("referrer", "teamdoc");

  @Autowired ClinicianDirectory directory;
  @Autowired DirectoryImport imports;
  @Autowired PlatformTransactionManager transactions;

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  DirectoryImport.Result importing(String rows) {
    return imports.importCsv(HEADER + rows, USERS::contains, "admin");
  }

  @Test
  void aValidCsvLinksEveryRowAndKeepsWhatTheFeedsSaw() {
    String code = unique("G");
    directory.noteSeen(new Sighting(List.of(SeenClinician.of("NHSE", code, "Doctor, Gina")),
        List.of()));
    var seen = directory.find(new ClinicianKey("nhse", code)).orElseThrow();

    var result = importing(code + ",NHSE,,referrer,gina@test.nhs.uk,RESP,SITE_A;SITE_B\n"
        + unique("H") + ",,\"Other, Olive\",,,,\n");

    assertThat(result.applied()).isTrue();
    assertThat(result.lines()).extracting(DirectoryImport.Line::line).containsExactly(2, 3);
    var linked = directory.find(new ClinicianKey("NHSE", code)).orElseThrow();
    assertThat(linked.user()).isEqualTo("referrer");
    assertThat(linked.email()).isEqualTo("gina@test.nhs.uk");
    assertThat(linked.name()).as("kept from the feed").isEqualTo("Doctor, Gina");
    assertThat(linked.sites()).containsExactly("SITE_A", "SITE_B");
    assertThat(linked.firstSeenAt()).isEqualTo(seen.firstSeenAt());
    assertThat(linked.updatedBy()).isEqualTo("admin");
    assertThat(directory.linkedTo("referrer")).extracting(DirectoryEntry::key)
        .contains(linked.key());
    assertThat(directory.teamsOf("referrer")).contains("RESP");
    assertThat(directory.team("RESP")).get()
        .satisfies(t -> assertThat(t.members()).contains("referrer"));
    assertThat(directory.clinician("Doctor, Gina (" + code.toLowerCase() + ")")).get()
        .extracting(DirectoryEntry::user).isEqualTo("referrer");
  }

  @Test
  void aCsvWithOneBadRowImportsNothingAndReportsEveryBadLineByNumber() {
    String good = unique("G");
    var result = importing(good + ",,Good,referrer,,,\n"
        + "\n"
        + ",,No code,,,,\n"
        + unique("B") + ",,Bad mail,,not-an-address,,\n"
        + unique("C") + ",,Too few\n");

    assertThat(result.applied()).isFalse();
    assertThat(result.problems()).extracting(DirectoryImport.Line::line).containsExactly(4, 5, 6);
    assertThat(result.problems()).extracting(DirectoryImport.Line::message)
        .containsExactly("code is empty", "not an email address: not-an-address",
            "has 3 columns, expected 7");
    assertThat(directory.find(new ClinicianKey(null, good))).as("all or nothing").isEmpty();
  }

  @Test
  void aCsvLinkingAnUnknownUserImportsNothingAndNamesTheLine() {
    String code = unique("G");
    var result = importing(code + ",,Someone,ghost,,,\n");

    assertThat(result.applied()).isFalse();
    assertThat(result.problems()).singleElement()
        .satisfies(l -> assertThat(l.message()).isEqualTo("no Vigil user called ghost"));
    assertThat(directory.find(new ClinicianKey(null, code))).isEmpty();
  }

  @Test
  void theSameClinicianTwiceInOneFileIsRefused() {
    String code = unique("G");
    var result = importing(code + ",TRUST,A,referrer,,,\n" + code.toLowerCase()
        + ",trust,B,teamdoc,,,\n");

    assertThat(result.applied()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(l -> {
      assertThat(l.line()).isEqualTo(3);
      assertThat(l.message()).contains("appears twice");
    });
  }

  @Test
  void aFileWithTheWrongHeaderIsRefusedWhole() {
    var result = imports.importCsv("code,name\nX1,Someone\n", USERS::contains, "admin");
    assertThat(result.applied()).isFalse();
    assertThat(result.problems()).singleElement()
        .satisfies(l -> assertThat(l.message()).startsWith("the header must be exactly"));
  }

  @Test
  void aClinicianIsUnlinkedWithABlankUserAndTheChangeIsRecorded() {
    String code = unique("G");
    importing(code + ",,Someone,referrer,,,\n");
    directory.link(new ClinicianKey(null, code), " ", "", "admin2");
    var entry = directory.find(new ClinicianKey(null, code)).orElseThrow();
    assertThat(entry.isLinked()).isFalse();
    assertThat(entry.updatedBy()).isEqualTo("admin2");
  }

  @Test
  void theSameNewClinicianSeenByTwoMessagesAtOnceIsOneEntryAndNeitherMessageFails()
      throws Exception {
    for (int round = 0; round < 5; round++) {
      String code = unique("R");
      CyclicBarrier together = new CyclicBarrier(2);
      Runnable message = () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
        try {
          together.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        directory.noteSeen(new Sighting(List.of(SeenClinician.of(null, code, "Race, Rae")),
            List.of(code + "-TEAM")));
      });
      CompletableFuture<Void> a = CompletableFuture.runAsync(message);
      CompletableFuture<Void> b = CompletableFuture.runAsync(message);
      a.get();
      b.get();
      assertThat(directory.find(new ClinicianKey(null, code))).get()
          .extracting(DirectoryEntry::name).isEqualTo("Race, Rae");
      assertThat(directory.team(code + "-TEAM")).isPresent();
    }
  }

  @Test
  void theListIsFilteredByNameTeamAndLinkAndPaged() {
    String team = unique("T");
    for (int i = 0; i < 3; i++) {
      importing(unique("P") + ",,\"Pager, Pat" + i + "\"," + (i == 0 ? "referrer" : "") + ",,"
          + team + ",\n");
    }
    assertThat(directory.count(new DirectoryFilter(null, team, null))).isEqualTo(3);
    assertThat(directory.count(new DirectoryFilter(null, team, true))).isEqualTo(1);
    assertThat(directory.count(new DirectoryFilter(null, team, false))).isEqualTo(2);
    assertThat(directory.search(new DirectoryFilter("pager, pat", team, null), 2, 0)).hasSize(2);
    assertThat(directory.search(new DirectoryFilter("pager, pat", team, null), 2, 2)).hasSize(1);
  }
}
