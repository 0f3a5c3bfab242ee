package org.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vigil.web.security.SecurityProperties.BootstrapAdmin;

/**
 * Users and API tokens in the database: the bootstrap administrator, demo users, tokens; H2 and
 * PostgreSQL.
 */
@SpringBootTest(properties = {
    "vigil.security.bootstrap-admin.username=" + UsersSuite.ADMIN,
    "vigil.security.bootstrap-admin.password=" + UsersSuite.PASSWORD,
    "vigil.security.demo-users=true"})
@ExtendWith(OutputCaptureExtension.class)
abstract class UsersSuite {

  static final String ADMIN = "admin";
  static final String PASSWORD = "admin-test-password";

  @Autowired AppUsers users;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;
  @Autowired ApiTokens tokens;

  @Test
  void theBootstrapAdministratorIsCreatedWithAHashedPassword() {
    AppUser admin = users.find(ADMIN).orElseThrow();
    assertThat(admin.roles()).containsExactly(Role.ADMIN);
    assertThat(admin.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    assertThat(encoder.matches(PASSWORD, admin.passwordHash())).isTrue();
  }

  @Test
  void theBootstrapAdministratorIsCreatedOnlyOnceAndNeverChanged() {
    String hashBefore = users.find(ADMIN).orElseThrow().passwordHash();
    long countBefore = users.count();
    bootstrap(new BootstrapAdmin(ADMIN, "a-different-password")).run(noArguments());

    assertThat(users.count()).isEqualTo(countBefore);
    assertThat(users.find(ADMIN).orElseThrow().passwordHash()).isEqualTo(hashBefore);
  }

  @Test
  void demoModeCreatesOneUserPerRoleAndKeepsAnExistingAdministrator() {
    for (UserBootstrap.DemoUser demo : UserBootstrap.DEMO_USERS) {
      AppUser user = users.find(demo.username()).orElseThrow();
      if (!demo.username().equals(ADMIN)) {
        assertThat(user.roles()).containsExactly(demo.role());
        assertThat(encoder.matches(UserBootstrap.DEMO_PASSWORD, user.passwordHash())).isTrue();
      }
    }
    assertThat(encoder.matches(PASSWORD, users.find(ADMIN).orElseThrow().passwordHash())).isTrue();
  }

  @Test
  void aShortBootstrapPasswordStopsTheStartLoudly() {
    var weak = bootstrap(new BootstrapAdmin("weak-admin", "short"));
    assertThatThrownBy(() -> weak.run(noArguments()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 12")
        .hasMessageNotContaining("short");
    assertThat(users.exists("weak-admin")).isFalse();
  }

  @Test
  void signingInLoadsRolesAsAuthoritiesAndADisabledUserCannot() {
    assertThat(users.loadUserByUsername("failsafe").getAuthorities())
        .extracting(Object::toString).containsExactly("ROLE_FAILSAFE_OFFICER");
    users.insert(new AppUser("disabled-user", encoder.encode("whatever-password"), "Off",
        Set.of(Role.REFERRER), false, clock.instant()));
    assertThat(users.loadUserByUsername("disabled-user").isEnabled()).isFalse();
  }

  @Test
  void creatingAUserNeverLogsItsPassword(CapturedOutput output) {
    bootstrap(new BootstrapAdmin("second-admin", "second-admin-password")).run(noArguments());
    assertThat(users.exists("second-admin")).isTrue();
    assertThat(output.getAll()).contains("second-admin").doesNotContain("second-admin-password");
  }

  @Test
  void anApiTokenIsStoredOnlyAsItsHashAndIsRefusedOnceRevoked() {
    ApiTokens.Issued issued = tokens.issue("pacs-bridge", Role.ADMIN, ADMIN);
    assertThat(issued.secret()).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
    assertThat(issued.toString()).doesNotContain(issued.secret());
    assertThat(tokens.findActive(issued.secret())).hasValueSatisfying(t -> {
      assertThat(t.role()).isEqualTo(Role.ADMIN);
      assertThat(t.principalName()).isEqualTo("token:pacs-bridge");
    });
    assertThat(tokens.findActive(issued.secret() + "x")).isEmpty();

    assertThat(tokens.revoke(issued.token().id(), ADMIN)).isTrue();
    assertThat(tokens.revoke(issued.token().id(), ADMIN)).as("only once").isFalse();
    assertThat(tokens.findActive(issued.secret())).isEmpty();
    assertThat(tokens.all()).filteredOn(t -> t.id().equals(issued.token().id()))
        .singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
  }

  private UserBootstrap bootstrap(BootstrapAdmin admin) {
    return new UserBootstrap(users, encoder, new SecurityProperties(admin, false,
        new SecurityProperties.SignInLimits(5, 100, java.time.Duration.ofMinutes(15), 10000), false),
        clock);
  }

  private static DefaultApplicationArguments noArguments() {
    return new DefaultApplicationArguments();
  }
}
