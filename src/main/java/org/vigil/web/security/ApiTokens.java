package org.vigil.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens in table api_token: issued with 256 random bits, stored as their SHA-256 (a token
 * this random cannot be guessed from its hash, so a slow password hash would only cost CPU on
 * every request), looked up by that hash on each request, so a revocation takes effect at once.
 */
@Repository
class ApiTokens {

  static final String PREFIX = "vigil_";
  private static final String COLUMNS =
      "id, name, role, created_by, created_at, revoked_by, revoked_at";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token for {@code role}; the returned secret is never stored or shown again. */
  Issued issue(String name, Role role, String by) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken issued = new ApiToken(UUID.randomUUID(), name, role, by, clock.instant(), null, null);
    jdbc.sql("insert into api_token (id, name, token_sha256, role, created_by, created_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(issued.id(), name, sha256(token), role.name(), by,
            issued.createdAt().atOffset(ZoneOffset.UTC))
        .update();
    return new Issued(issued, token);
  }

  /** The unrevoked token whose secret this is. */
  Optional<ApiToken> findActive(String token) {
    return jdbc.sql("select " + COLUMNS + " from api_token where token_sha256 = ? "
            + "and revoked_at is null")
        .param(sha256(token))
        .query(ApiTokens::map)
        .optional();
  }

  List<ApiToken> all() {
    return jdbc.sql("select " + COLUMNS + " from api_token order by created_at desc")
        .query(ApiTokens::map)
        .list();
  }

  /** Revokes the token; false if it does not exist or was revoked already. */
  boolean revoke(UUID id, String by) {
    return jdbc.sql("update api_token set revoked_by = ?, revoked_at = ? "
            + "where id = ? and revoked_at is null")
        .params(by, clock.instant().atOffset(ZoneOffset.UTC), id)
        .update() == 1;
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static ApiToken map(ResultSet rs, int row) throws SQLException {
    OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
    return new ApiToken(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("revoked_by"),
        revokedAt == null ? null : revokedAt.toInstant());
  }

  /** A token just issued, with its secret. */
  record Issued(ApiToken token, String secret) {

    @Override
    public String toString() {
      return "Issued[" + token + ", secret=(hidden)]";
    }
  }
}
