package org.vigil.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On start: creates the bootstrap administrator if it does not exist yet (as Keycloak does), and
 * the demo users when demo mode is on. Existing users are never changed. Passwords are never
 * logged.
 */
@Component
class UserBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

  /** One user per role for demonstrations; the password of each is {@value #DEMO_PASSWORD}. */
  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("referrer", "Dr Rhiannon Referrer (demo)", Role.REFERRER),
      new DemoUser("radiologist", "Dr Ravi Radiologist (demo)", Role.RADIOLOGIST),
      new DemoUser("failsafe", "Fiona Failsafe, failsafe officer (demo)", Role.FAILSAFE_OFFICER),
      new DemoUser("manager", "Morgan Manager, radiology manager (demo)", Role.MANAGER),
      new DemoUser("admin", "Ada Admin, system administrator (demo)", Role.ADMIN));

  static final String DEMO_PASSWORD = "vigil-demo";

  private final AppUsers users;
  private final PasswordEncoder encoder;
  private final SecurityProperties properties;
  private final Clock clock;

  UserBootstrap(AppUsers users, PasswordEncoder encoder, SecurityProperties properties,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    createBootstrapAdmin(properties.bootstrapAdmin());
    if (properties.demoUsers()) {
      log.warn("DEMO MODE: demo users with a published password are enabled; not for clinical use");
      DEMO_USERS.forEach(demo -> create(demo.username(), DEMO_PASSWORD, demo.displayName(),
          demo.role()));
    }
    if (users.count() == 0) {
      log.warn("no users exist: set VIGIL_ADMIN_USER and VIGIL_ADMIN_PASSWORD to create the first "
          + "administrator");
    }
  }

  private void createBootstrapAdmin(SecurityProperties.BootstrapAdmin admin) {
    if (admin == null || !admin.isRequested()) {
      return;
    }
    String password = admin.password();
    if (password == null || password.length() < SecurityProperties.MINIMUM_PASSWORD_LENGTH) {
      throw new IllegalStateException("VIGIL_ADMIN_PASSWORD must be at least "
          + SecurityProperties.MINIMUM_PASSWORD_LENGTH + " characters");
    }
    if (create(admin.username().strip(), password, "Administrator", Role.ADMIN)) {
      log.info("bootstrap administrator '{}' created", admin.username().strip());
    }
  }

  /** Creates the user unless it exists (here or, racing, on another node); true if created. */
  private boolean create(String username, String password, String displayName, Role role) {
    if (users.exists(username)) {
      return false;
    }
    try {
      users.insert(new AppUser(username, encoder.encode(password), displayName, Set.of(role), true,
          clock.instant()));
      return true;
    } catch (DuplicateKeyException anotherNodeWasFaster) {
      return false;
    }
  }

  record DemoUser(String username, String displayName, Role role) {}
}
