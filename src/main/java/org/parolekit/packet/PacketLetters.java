package org.parolekit.packet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parolekit.check.CaseReport;
import org.parolekit.check.CriterionStatus;
import org.parolekit.check.LetterReport;
import org.parolekit.check.WriterKind;
import org.parolekit.model.Criterion;
import org.parolekit.model.Language;
import org.parolekit.output.FileNames;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderedDocument;

/**
 * The letters as they go into the packet: in packet order, each with a title that says what the
 * copy is for, and for each criterion the letters that show it.
 */
final class PacketLetters {
  private PacketLetters() {}

  /** One letter as it goes into the packet; {@code writer} groups a letter with its translation. */
  record LetterPart(
      String title, String fileName, String writer, RenderedDocument document, byte[] pdf) {}

  /**
   * The letters in packet order: for each writer the English letter, then the original and the
   * certificate of translation when written in Spanish; the organizational letter last. The letter
   * service renders each certificate right after the letter it certifies.
   */
  static List<LetterPart> inPacketOrder(List<RenderedDocument> documents, PacketText t) {
    List<String> baseNames = FileNames.baseNames(documents);
    Map<RenderedDocument, String> names = new IdentityHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      names.put(documents.get(i), baseNames.get(i));
    }
    Map<String, List<RenderedDocument>> byWriter = new LinkedHashMap<>();
    List<RenderedDocument> organization = new ArrayList<>();
    String lastWriter = "";
    for (RenderedDocument d : documents) {
      switch (d.kind()) {
        case WRITING_GUIDE -> {}
        case ORGANIZATION_LETTER -> organization.add(d);
        case TRANSLATION_CERTIFICATE ->
            byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        case SPONSOR_LETTER, SUPPORT_LETTER -> {
          lastWriter = d.writer();
          byWriter.computeIfAbsent(lastWriter, w -> new ArrayList<>()).add(d);
        }
      }
    }
    List<LetterPart> parts = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    byWriter.forEach(
        (writer, group) -> {
          boolean translated =
              group.stream().anyMatch(d -> isWritersLetter(d) && d.language() != Language.EN);
          group.stream()
              .filter(d -> isWritersLetter(d) && d.language() == Language.EN)
              .forEach(d -> parts.add(part(d, writer, translated, names, t, titles)));
          group.stream()
              .filter(d -> isWritersLetter(d) && d.language() != Language.EN)
              .forEach(d -> parts.add(part(d, writer, false, names, t, titles)));
          group.stream()
              .filter(d -> d.kind() == DocumentKind.TRANSLATION_CERTIFICATE)
              .forEach(d -> parts.add(part(d, writer, false, names, t, titles)));
        });
    organization.stream()
        .sorted((a, b) -> a.language().compareTo(b.language()))
        .forEach(d -> parts.add(part(d, d.writer(), false, names, t, titles)));
    return parts;
  }

  private static boolean isWritersLetter(RenderedDocument d) {
    return d.kind() == DocumentKind.SPONSOR_LETTER || d.kind() == DocumentKind.SUPPORT_LETTER;
  }

  /**
   * A letter's packet title, which says what each copy is for: the English translation for ICE, the
   * signed original in Spanish, the organization's Spanish copy for the person only. A certificate
   * is named after the writer of the letter it certifies. Titles are unique, since the contents and
   * the checklist find pages by them.
   */
  private static LetterPart part(
      RenderedDocument d,
      String letterWriter,
      boolean translation,
      Map<RenderedDocument, String> names,
      PacketText t,
      Set<String> titles) {
    String title = t.get("letter." + d.kind().slug(), letterWriter);
    if (isWritersLetter(d) && d.language() == Language.ES) {
      title = t.get("letter.original", title);
    } else if (translation) {
      title = t.get("letter.translation", title);
    } else if (d.kind() == DocumentKind.ORGANIZATION_LETTER && d.language() == Language.ES) {
      title = t.get("letter.spanish-copy", title);
    }
    String unique = title;
    for (int k = 2; !titles.add(unique); k++) {
      unique = title + " (" + k + ")";
    }
    return new LetterPart(
        unique, names.get(d), letterWriter, d, d.output(OutputFormat.PDF).orElseThrow());
  }

  /**
   * For each criterion, the letters that fully show it, one line per writer: the copy ICE reads
   * (the English one) stands for its original.
   */
  static Map<Criterion, List<String>> metBy(CaseReport report, List<LetterPart> letterParts) {
    Map<String, String> titleByFile = new LinkedHashMap<>();
    Map<String, String> firstByWriter = new LinkedHashMap<>();
    for (LetterPart l : letterParts) {
      if (l.document().kind() == DocumentKind.TRANSLATION_CERTIFICATE) {
        continue;
      }
      String key = l.document().kind() + "/" + l.writer();
      firstByWriter.putIfAbsent(key, l.title());
      titleByFile.put(l.fileName(), firstByWriter.get(key));
    }
    Map<Criterion, List<String>> met = new LinkedHashMap<>();
    for (Criterion c : Criterion.values()) {
      List<String> titles = new ArrayList<>();
      for (LetterReport r : report.letters()) {
        String title = titleByFile.get(r.file());
        if (title != null
            && r.writerKind() != WriterKind.ORGANIZATION
            && r.status(c) == CriterionStatus.MET
            && !titles.contains(title)) {
          titles.add(title);
        }
      }
      met.put(c, titles);
    }
    return met;
  }
}
