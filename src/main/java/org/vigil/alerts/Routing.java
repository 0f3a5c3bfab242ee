package org.vigil.alerts;

/**
 * Who is responsible for the examination, as the order (or the result message) said: requester
 * and consultant as the feed wrote them ("Family, Given (code)"), team and site. All null when
 * the report came without an order: then the fail-safe team is told.
 */
public record Routing(String requester, String consultant, String team, String site) {

  public static final Routing UNKNOWN = new Routing(null, null, null, null);
}
