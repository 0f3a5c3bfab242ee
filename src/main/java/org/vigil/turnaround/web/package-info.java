/**
 * The turnaround pages (backlog, fail-safe lists, worklist, the lead's notices, the targets) and
 * the JSON API a reporting system can consume ({@code /api/worklist}, {@code /api/backlog}).
 */
package org.vigil.turnaround.web;
