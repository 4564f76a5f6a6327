package org.parolekit.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parolekit.model.Language;

/**
 * Every template the tool ships, in the languages it ships them in: the one list that the letters,
 * the packet, an organization's templates folder and {@code templates list} read. A template's name
 * is {@code <language>/<stem>.ftl}, as in {@code es/sponsor-letter.ftl}.
 */
public enum BuiltInTemplate {
  SPONSOR_LETTER("sponsor-letter", Use.LETTERS),
  SUPPORT_LETTER("support-letter", Use.LETTERS),
  WHOLE_LETTER("whole-letter", Use.LETTERS),
  WRITING_GUIDE("writing-guide", Use.LETTERS),
  ORGANIZATION_LETTER("organization-letter", Use.LETTERS),
  /** Signed in English only: the translator certifies an English translation. */
  TRANSLATION_CERTIFICATE("translation-certificate", Use.LETTERS, EnumSet.of(Language.EN)),
  PACKET_COVER("packet-cover", Use.PACKET),
  PACKET_NOTICE("packet-notice", Use.PACKET),
  PACKET_GUIDANCE("packet-guidance", Use.PACKET),
  PACKET_CHECKLIST("packet-checklist", Use.PACKET),
  PACKET_RESOURCES("packet-resources", Use.PACKET),
  PACKET_SECTION("packet-section", Use.PACKET);

  /** What renders a template: the letters (and batch) or the packet. */
  public enum Use {
    LETTERS,
    PACKET
  }

  private static final String EXTENSION = ".ftl";

  private final String stem;
  private final Use use;
  private final Set<Language> languages;

  BuiltInTemplate(String stem, Use use) {
    this(stem, use, EnumSet.allOf(Language.class));
  }

  BuiltInTemplate(String stem, Use use, Set<Language> languages) {
    this.stem = stem;
    this.use = use;
    this.languages = languages;
  }

  /** The template for a kind of document. */
  public static BuiltInTemplate of(DocumentKind kind) {
    for (BuiltInTemplate t : values()) {
      if (t.stem.equals(kind.slug())) {
        return t;
      }
    }
    throw new IllegalArgumentException("no template for " + kind);
  }

  /** The template's name in one language, as {@code es/sponsor-letter.ftl}. */
  public String name(Language language) {
    if (!languages.contains(language)) {
      throw new IllegalArgumentException(stem + " has no " + language.yamlName() + " template");
    }
    return language.yamlName() + "/" + stem + EXTENSION;
  }

  /** The names of every built-in template one part of the tool renders, in every language. */
  public static List<String> names(Use use) {
    List<String> names = new ArrayList<>();
    for (Language language : Language.values()) {
      for (BuiltInTemplate t : values()) {
        if (t.use == use && t.languages.contains(language)) {
          names.add(t.name(language));
        }
      }
    }
    return List.copyOf(names);
  }

  /** The names of every built-in template, sorted. */
  public static List<String> allNames() {
    List<String> names = new ArrayList<>();
    for (Use use : Use.values()) {
      names.addAll(names(use));
    }
    return names.stream().sorted().toList();
  }
}
