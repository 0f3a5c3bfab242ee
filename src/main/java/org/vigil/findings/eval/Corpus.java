package org.vigil.findings.eval;

import java.util.List;

/** The labelled development corpus: single sentences and whole reports. */
public record Corpus(List<CorpusSentence> sentences, List<CorpusReport> reports) {

  public Corpus {
    sentences = List.copyOf(sentences);
    reports = List.copyOf(reports);
  }
}
