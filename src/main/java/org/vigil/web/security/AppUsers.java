package org.vigil.web.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The people who may sign in, from table app_user; Spring Security's user source. */
@Repository
class AppUsers implements UserDetailsService, UserDetailsPasswordService {

  private static final String COLUMNS =
      "username, password_hash, display_name, roles, enabled, created_at";

  private final JdbcClient jdbc;

  AppUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AppUser> find(String username) {
    return jdbc.sql("select " + COLUMNS + " from app_user where username = ?")
        .param(username)
        .query(AppUsers::map)
        .optional();
  }

  boolean exists(String username) {
    return find(username).isPresent();
  }

  /** The usernames of enabled users, for an administrator linking a clinician to one. */
  java.util.List<String> enabledUsernames() {
    return jdbc.sql("select username from app_user where enabled = true order by username")
        .query(String.class).list();
  }

  boolean isEnabled(String username) {
    return find(username).map(AppUser::enabled).orElse(false);
  }

  long count() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }

  void insert(AppUser user) {
    jdbc.sql("insert into app_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)")
        .param(user.username())
        .param(user.passwordHash())
        .param(user.displayName())
        .param(user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
        .param(user.enabled())
        .param(user.createdAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AppUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .disabled(!user.enabled())
        .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority()))
            .toList())
        .build();
  }

  /** Re-hashes a password stored with an older encoding after a successful sign-in. */
  @Override
  public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
    jdbc.sql("update app_user set password_hash = ? where username = ?")
        .params(newPasswordHash, user.getUsername())
        .update();
    return User.withUserDetails(user).password(newPasswordHash).build();
  }

  private static AppUser map(ResultSet rs, int row) throws SQLException {
    return new AppUser(
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        roles(rs.getString("roles")),
        rs.getBoolean("enabled"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private static Set<Role> roles(String commaList) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(commaList.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Role::valueOf)
        .forEach(roles::add);
    return roles;
  }
}
