package org.vigil.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's tables; H2 and PostgreSQL alike. */
@Repository
class DirectoryRows {

  static final int CODE = 100;
  static final int NAME = 200;
  static final int USER = 100;
  static final int EMAIL = 320;
  static final int TEAM = 200;
  static final int SITES = 1000;

  private static final String COLUMNS = "authority, code, name, app_user, email, team, sites, "
      + "first_seen_at, last_seen_at, updated_at, updated_by";

  private final JdbcClient jdbc;

  DirectoryRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<DirectoryEntry> find(ClinicianKey key) {
    return jdbc.sql("select " + COLUMNS + " from directory_clinician where authority = ? and code = ?")
        .params(key.authority(), key.code()).query(DirectoryRows::map).optional();
  }

  List<DirectoryEntry> byCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from directory_clinician where code = ? order by authority")
        .param(code).query(DirectoryRows::map).list();
  }

  List<DirectoryEntry> byUser(String user) {
    return jdbc.sql("select " + COLUMNS + " from directory_clinician where app_user = ? "
            + "order by authority, code")
        .param(user).query(DirectoryRows::map).list();
  }

  List<DirectoryEntry> byName(String name) {
    return jdbc.sql("select " + COLUMNS + " from directory_clinician where upper(name) = ? "
            + "order by authority, code")
        .param(name.strip().toUpperCase(java.util.Locale.ROOT)).query(DirectoryRows::map).list();
  }

  /** Clinicians matching a filter, by name, a page at a time. */
  List<DirectoryEntry> search(DirectoryFilter filter, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql("select " + COLUMNS + " from directory_clinician" + where
            + " order by upper(coalesce(name, code)), authority, code limit :limit offset :offset")
        .params(params).query(DirectoryRows::map).list();
  }

  long count(DirectoryFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    return jdbc.sql("select count(*) from directory_clinician" + where(filter, params))
        .params(params).query(Long.class).single();
  }

  private static String where(DirectoryFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.text() != null) {
      where.append(" and (upper(name) like :text or code like :text)");
      params.put("text", "%" + filter.text().toUpperCase(java.util.Locale.ROOT)
          .replace("%", "").replace("_", "") + "%");
    }
    if (filter.team() != null) {
      where.append(" and team = :team");
      params.put("team", filter.team());
    }
    if (filter.linked() != null) {
      where.append(filter.linked() ? " and app_user is not null" : " and app_user is null");
    }
    return where.toString();
  }

  void insertSeen(SeenClinician seen, Instant at) {
    jdbc.sql("insert into directory_clinician (authority, code, name, first_seen_at, last_seen_at, "
            + "updated_at) values (?, ?, ?, ?, ?, ?)")
        .params(seen.key().authority(), seen.key().code(), seen.name(), ts(at), ts(at), ts(at))
        .update();
  }

  /** A later sighting: the name as last written (when given), and when. */
  void updateSeen(SeenClinician seen, Instant at) {
    jdbc.sql("update directory_clinician set name = coalesce(?, name), last_seen_at = ? "
            + "where authority = ? and code = ?")
        .params(seen.name(), ts(at), seen.key().authority(), seen.key().code())
        .update();
  }

  /** An administrator's entry (page or CSV): inserted or replaced, keeping when it was seen. */
  void save(DirectoryEntry e) {
    int updated = jdbc.sql("update directory_clinician set name = ?, app_user = ?, email = ?, "
            + "team = ?, sites = ?, updated_at = ?, updated_by = ? where authority = ? and code = ?")
        .params(Arrays.asList(e.name(), e.user(), e.email(), e.team(), sites(e.sites()),
            ts(e.updatedAt()), e.updatedBy(), e.key().authority(), e.key().code()))
        .update();
    if (updated == 0) {
      jdbc.sql("insert into directory_clinician (" + COLUMNS + ") values (" + "?, ".repeat(10)
              + "?)")
          .params(Arrays.asList(e.key().authority(), e.key().code(), e.name(), e.user(), e.email(),
              e.team(), sites(e.sites()), ts(e.firstSeenAt()), ts(e.lastSeenAt()),
              ts(e.updatedAt()), e.updatedBy()))
          .update();
    }
  }

  Optional<DirectoryTeam> team(String name) {
    return jdbc.sql("select name, email, first_seen_at from directory_team where name = ?")
        .param(name).query((rs, n) -> team(rs)).optional();
  }

  List<DirectoryTeam> teams() {
    return jdbc.sql("select name, email, first_seen_at from directory_team order by upper(name)")
        .query((rs, n) -> team(rs)).list();
  }

  private DirectoryTeam team(ResultSet rs) throws SQLException {
    String name = rs.getString("name");
    return new DirectoryTeam(name, rs.getString("email"), members(name),
        instant(rs, "first_seen_at"));
  }

  List<String> members(String team) {
    return jdbc.sql("select distinct app_user from directory_clinician where team = ? "
            + "and app_user is not null order by app_user")
        .param(team).query(String.class).list();
  }

  boolean teamExists(String name) {
    return jdbc.sql("select count(*) from directory_team where name = ?").param(name)
        .query(Long.class).single() > 0;
  }

  void insertTeam(String name, Instant at) {
    jdbc.sql("insert into directory_team (name, first_seen_at, updated_at) values (?, ?, ?)")
        .params(name, ts(at), ts(at)).update();
  }

  void saveTeam(String name, String email, Instant at, String by) {
    int updated = jdbc.sql("update directory_team set email = ?, updated_at = ?, updated_by = ? "
            + "where name = ?").params(Arrays.asList(email, ts(at), by, name)).update();
    if (updated == 0) {
      jdbc.sql("insert into directory_team (name, email, first_seen_at, updated_at, updated_by) "
              + "values (?, ?, ?, ?, ?)").params(Arrays.asList(name, email, ts(at), ts(at), by))
          .update();
    }
  }

  private static String sites(List<String> sites) {
    return sites.isEmpty() ? null : String.join(",", sites);
  }

  static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static DirectoryEntry map(ResultSet rs, int row) throws SQLException {
    String sites = rs.getString("sites");
    List<String> siteList = new ArrayList<>();
    if (sites != null) {
      Arrays.stream(sites.split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(siteList::add);
    }
    return new DirectoryEntry(new ClinicianKey(rs.getString("authority"), rs.getString("code")),
        rs.getString("name"), rs.getString("app_user"), rs.getString("email"),
        rs.getString("team"), siteList, instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
        instant(rs, "updated_at"), rs.getString("updated_by"));
  }
}
