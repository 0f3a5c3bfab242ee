package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.directory.ClinicianKey;
import org.vigil.directory.SeenClinician;
import org.vigil.directory.Sighting;
import org.vigil.web.WebFixtures;
import org.vigil.web.WebIntegrationTest;

/** {@code /admin/directory}: administrators only; link, unlink and import with line results. */
@WebIntegrationTest
class DirectoryPageIT {

  @Autowired MockMvc mvc;
  @Autowired ClinicianDirectory directory;

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  String seen(String name) {
    String code = unique("C");
    directory.noteSeen(new Sighting(List.of(SeenClinician.of("NHSE", code, name)),
        List.of("RESP")));
    return code;
  }

  @Test
  void onlyAnAdministratorSeesTheDirectory() throws Exception {
    String code = seen("Doctor, Gina");
    String page = mvc.perform(get("/admin/directory").param("q", code)
            .with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Doctor, Gina", code, "not linked", "RESP");
    for (String role : List.of("REFERRER", "RADIOLOGIST", "FAILSAFE_OFFICER", "MANAGER")) {
      mvc.perform(get("/admin/directory").with(user("x").roles(role)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void aClinicianNameIsShownAsText() throws Exception {
    String code = seen("<script>alert(1)</script>");
    String page = mvc.perform(get("/admin/directory").param("q", code)
            .with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void anAdministratorLinksAndUnlinksAClinician() throws Exception {
    String code = seen("Doctor, Gina");
    mvc.perform(post("/admin/directory/link").param("authority", "NHSE").param("code", code)
            .param("user", "referrer").param("email", "gina@test.nhs.uk").with(csrf())
            .with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("done", "NHSE/" + code + " is linked to referrer"));
    assertThat(directory.find(new ClinicianKey("NHSE", code))).get()
        .satisfies(e -> {
          assertThat(e.user()).isEqualTo("referrer");
          assertThat(e.email()).isEqualTo("gina@test.nhs.uk");
          assertThat(e.updatedBy()).isEqualTo(WebFixtures.ADMIN);
        });

    mvc.perform(post("/admin/directory/link").param("authority", "NHSE").param("code", code)
            .param("user", "").with(csrf()).with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(status().is3xxRedirection());
    assertThat(directory.find(new ClinicianKey("NHSE", code))).get()
        .satisfies(e -> assertThat(e.isLinked()).isFalse());
  }

  @Test
  void linkingToAUserWhoDoesNotExistIsRefused() throws Exception {
    String code = seen("Doctor, Gina");
    mvc.perform(post("/admin/directory/link").param("authority", "NHSE").param("code", code)
            .param("user", "ghost").with(csrf()).with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(flash().attribute("error", "no enabled Vigil user called ghost"));
    assertThat(directory.find(new ClinicianKey("NHSE", code))).get()
        .satisfies(e -> assertThat(e.isLinked()).isFalse());
  }

  @Test
  void anImportShowsEveryLineAndAppliesNothingWhenALineIsWrong() throws Exception {
    String good = unique("G");
    String csv = "code,authority,name,user,email,team,sites\n" + good + ",,Good,referrer,,,\n"
        + unique("B") + ",,Bad,ghost,,,\n";
    String page = mvc.perform(multipart("/admin/directory/import")
            .file(new MockMultipartFile("file", "d.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)))
            .with(csrf()).with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Nothing was imported: 1 line(s) need fixing", "no Vigil user called ghost");
    assertThat(directory.find(new ClinicianKey(null, good))).isEmpty();
  }

  @Test
  void aValidImportIsApplied() throws Exception {
    String code = unique("G");
    String csv = "code,authority,name,user,email,team,sites\n" + code + ",TRUST,\"Imp, Ida\","
        + "referrer,ida@test.nhs.uk,RESP,SITE_A\n";
    String page = mvc.perform(multipart("/admin/directory/import")
            .file(new MockMultipartFile("file", "d.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)))
            .with(csrf()).with(user(WebFixtures.ADMIN).roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Imported 1 clinician(s).");
    assertThat(directory.find(new ClinicianKey("TRUST", code))).get()
        .satisfies(e -> assertThat(e.user()).isEqualTo("referrer"));
  }
}
