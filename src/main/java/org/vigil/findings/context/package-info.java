/**
 * ConText assertion from context.yaml: negated, uncertain, historical, hypothetical and
 * experiencer triggers with forward/backward scopes, pseudo-triggers and terminators.
 */
package org.vigil.findings.context;
