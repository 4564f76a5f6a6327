package org.parolekit.render;

import java.util.List;

/** The documents rendered for one case, in packet order, and what could not be rendered. */
public record RenderResult(List<RenderedDocument> documents, List<RenderFinding> findings) {
  public RenderResult {
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
  }

  /** Whether a document the case calls for was left out. */
  public boolean hasSkipped() {
    return findings.stream().anyMatch(f -> f.severity() == RenderFinding.Severity.SKIPPED);
  }
}
