/**
 * The alert pages (referrer's inbox, radiologist's confirmation queue, fail-safe board, alert
 * page, policy in effect) and the JSON API under /api/alerts. Reads and changes alerts only
 * through {@link org.vigil.alerts.AlertDesk}, {@link org.vigil.alerts.Alerts} and
 * {@link org.vigil.alerts.AlertAccess}.
 */
package org.vigil.alerts.web;
