/**
 * The knowledge base: concepts read from versioned YAML, compiled once into a token trie, and
 * the reading of a parsed report into findings (mentions, measurements, rules, category).
 */
package org.vigil.findings.kb;
