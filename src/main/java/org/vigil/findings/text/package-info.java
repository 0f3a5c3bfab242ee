/**
 * Report structure: sections (UK and US headings), sentences (abbreviations, decimals, lists,
 * line-per-OBX text), tokens with a spelling/plural fold, measurements in millimetres, laterality,
 * and the token trie every phrase lexicon is compiled into.
 */
package org.vigil.findings.text;
