/** The findings command line: JSON Lines in, JSON Lines out ({@code analyse}, {@code context}). */
package org.vigil.findings.cli;
