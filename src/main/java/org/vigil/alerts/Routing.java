package org.vigil.alerts;

/**
 * Who is responsible for the examination, as the order (or the result message) said: requester
 * and consultant as the feed wrote them ("Family, Given (code)"), team and site. A report that
 * came without an order made its examination from the result, so these are the result's; levels
 * that name nobody reachable are skipped and the fail-safe office is told.
 */
public record Routing(String requester, String consultant, String team, String site) {

  public static final Routing UNKNOWN = new Routing(null, null, null, null);
}
