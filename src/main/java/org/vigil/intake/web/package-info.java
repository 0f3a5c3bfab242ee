/** The dead-letter page ({@code /intake/dead-letters}) and JSON API ({@code /api/dead-letters}). */
package org.vigil.intake.web;
