package org.parolekit.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parolekit.check.CheckJson;
import org.parolekit.check.LetterReport;
import org.parolekit.core.ExitStatus;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.RenderFinding;
import org.parolekit.render.RenderedDocument;
import org.parolekit.validate.CheckVerdict;
import org.parolekit.validate.LettersService;

/**
 * The JSON of {@code parolekit letters --format json}: the files written, each letter's criteria as
 * met, weak or missing (the statuses only: {@code validate --format json} quotes the sentences),
 * the drafts, and what the renderer left out.
 *
 * <pre>
 * {"written": true, "output", "files":[{"path","document","kind","language","writer","format","draft"}],
 *  "removed":[], "keptChanged":[], "letters":[{"file","writer","language","fallsShort",
 *  "criteria":{"identity":"met|weak|missing",...},"errors","warnings"}], "drafts":[],
 *  "findings":[{"severity":"skipped|note","document","language","writer","message","hint"}],
 *  "summary":{"letters","fallShort"}, "exitCode", "reasons":["letters-fall-short","document-skipped",
 *  "nothing-written"]}</pre>
 */
public final class LettersJson {
  private LettersJson() {}

  /**
   * @param output the folder asked for
   * @param written what was written; empty when nothing was ({@code --require-complete})
   */
  public static String render(
      LettersService.Result result,
      Path output,
      Optional<OutputWriter.SetResult> written,
      ExitStatus status) {
    JsonReport report = new JsonReport();
    ObjectNode root = report.root();
    root.put("written", written.isPresent());
    root.put("output", output.toString());
    ArrayNode files = root.putArray("files");
    ArrayNode removed = root.putArray("removed");
    ArrayNode kept = root.putArray("keptChanged");
    written.ifPresent(
        set -> {
          for (OutputWriter.WrittenFile f : set.written()) {
            RenderedDocument d = f.document();
            files
                .addObject()
                .put("path", f.path().toString())
                .put("document", d.title())
                .put("kind", d.kind().slug())
                .put("language", d.language().yamlName())
                .put("writer", d.writer())
                .put("format", f.format().extension())
                .put("draft", d.draft());
          }
          set.removed().forEach(p -> removed.add(p.toString()));
          set.keptChanged().forEach(p -> kept.add(p.toString()));
        });
    ArrayNode letters = root.putArray("letters");
    for (LetterReport r : result.checks().letters()) {
      ObjectNode l =
          letters
              .addObject()
              .put("file", r.file())
              .put("writer", r.writer().orElse(null))
              .put("language", r.language().yamlName())
              .put("fallsShort", !CheckVerdict.passes(r, false));
      ObjectNode criteria = l.putObject("criteria");
      r.criteria().forEach((c, s) -> criteria.put(CheckJson.key(c), s.status().jsonName()));
      l.put("errors", r.errorCount()).put("warnings", r.warningCount());
    }
    ArrayNode drafts = root.putArray("drafts");
    result.drafts().forEach(drafts::add);
    ArrayNode findings = root.putArray("findings");
    for (RenderFinding f : result.render().findings()) {
      findings
          .addObject()
          .put("severity", f.severity().name().toLowerCase(Locale.ROOT))
          .put("document", f.kind().slug())
          .put("language", f.language().yamlName())
          .put("writer", f.writer())
          .put("message", f.message())
          .put("hint", f.hint());
    }
    root.putObject("summary")
        .put("letters", result.letters())
        .put("fallShort", result.shortLetters());
    List<String> reasons = new ArrayList<>();
    if (result.shortLetters() > 0) {
      reasons.add("letters-fall-short");
    }
    if (result.render().hasSkipped()) {
      reasons.add("document-skipped");
    }
    if (written.isEmpty()) {
      reasons.add("nothing-written");
    }
    return report.text(status, reasons);
  }
}
