package org.parolekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parolekit.model.Criterion;

/**
 * Turns reports into plain maps and lists in the documented JSON shape, so any JSON writer
 * (Jackson's {@code ObjectMapper.writeValue}) serializes them without annotations:
 *
 * <pre>{"letters":[{"file","writer","language":"en|es",
 *   "criteria":{"identity":{"status","evidence","hint","detections":[{"detector","words","sentence"}]},
 *     "flightRisk":{...},"danger":{...}},
 *   "findings":[{"severity":"error|warning","code","message","hint","evidence"}],
 *   "merits":[{"detector":"merits.fear|chances|law|decision|relief","words","sentence"}]}],
 *  "findings":[...], "summary":{"letters","errors","warnings","criteria":{"identity":"met",...}}}
 * </pre>
 */
public final class CheckJson {
  private CheckJson() {}

  public static Map<String, Object> tree(CaseReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("letters", report.letters().stream().map(CheckJson::tree).toList());
    root.put("findings", report.findings().stream().map(CheckJson::tree).toList());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("letters", report.summary().letters());
    summary.put("errors", report.summary().errors());
    summary.put("warnings", report.summary().warnings());
    Map<String, Object> best = new LinkedHashMap<>();
    report.summary().bestStatus().forEach((c, s) -> best.put(key(c), s.jsonName()));
    summary.put("criteria", best);
    root.put("summary", summary);
    return root;
  }

  public static Map<String, Object> tree(LetterReport letter) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", letter.file());
    m.put("writer", letter.writer().orElse(null));
    m.put("writerKind", letter.writerKind().jsonName());
    m.put("language", letter.language().yamlName());
    Map<String, Object> criteria = new LinkedHashMap<>();
    letter
        .criteria()
        .forEach(
            (c, r) -> {
              Map<String, Object> result = new LinkedHashMap<>();
              result.put("status", r.status().jsonName());
              result.put("evidence", new ArrayList<>(r.evidence()));
              r.hint().ifPresent(h -> result.put("hint", h));
              result.put("detections", r.detections().stream().map(CheckJson::tree).toList());
              criteria.put(key(c), result);
            });
    m.put("criteria", criteria);
    m.put("findings", letter.findings().stream().map(CheckJson::tree).toList());
    m.put("merits", letter.meritsDetections().stream().map(CheckJson::tree).toList());
    return m;
  }

  /** One detection: which way of making the point fired, on which words, in which sentence. */
  public static Map<String, Object> tree(Detection detection) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("detector", detection.detector().section());
    m.put("words", detection.words());
    m.put("sentence", detection.sentenceText());
    return m;
  }

  public static Map<String, Object> tree(Finding finding) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", finding.severity().jsonName());
    m.put("code", finding.code());
    m.put("message", finding.message());
    m.put("hint", finding.hint());
    if (!finding.evidence().isEmpty()) {
      m.put("evidence", List.copyOf(finding.evidence()));
    }
    return m;
  }

  /** The JSON key of a criterion: identity, flightRisk, danger. */
  public static String key(Criterion criterion) {
    return CriteriaAssessor.groupName(criterion);
  }
}
