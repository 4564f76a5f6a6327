package org.parolekit.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Language;
import org.parolekit.model.Person;
import org.parolekit.render.BuiltInTemplate;
import org.parolekit.render.PageRenderer;
import org.parolekit.resources.ProSeResource;
import org.parolekit.resources.ResourceDirectory;

/**
 * The packet's own pages, rendered from its templates: notice, guidance, checklist, resources and
 * the section pages that list the letters and attachments, with the model every page shares.
 */
final class PacketPages {
  private PacketPages() {}

  /** The pages that name no page numbers, rendered once: notice, guidance and resources. */
  record StaticPages(
      List<PacketPart> notices, List<PacketPart> guidance, List<PacketPart> resources) {}

  static StaticPages staticPages(
      PageRenderer pages,
      Map<String, Object> common,
      List<Language> languages,
      ResourceDirectory resources,
      CaseFile c,
      LocalDate date) {
    List<PacketPart> notices = new ArrayList<>();
    List<PacketPart> guidance = new ArrayList<>();
    List<PacketPart> resourcePages = new ArrayList<>();
    for (Language lang : languages) {
      PacketText t = new PacketText(lang);
      notices.add(
          page(pages, lang, BuiltInTemplate.PACKET_NOTICE, t.get("section.notice"), common, date));
      guidance.add(
          page(
              pages,
              lang,
              BuiltInTemplate.PACKET_GUIDANCE,
              t.get("section.guidance"),
              common,
              date));
      Map<String, Object> model = new LinkedHashMap<>(common);
      model.put("resources", resourcesModel(resources, c, lang, t));
      resourcePages.add(
          page(
              pages,
              lang,
              BuiltInTemplate.PACKET_RESOURCES,
              t.get("section.resources"),
              model,
              date));
    }
    return new StaticPages(notices, guidance, resourcePages);
  }

  /**
   * Everything after the cover and the contents, in order. The checklist and the section pages name
   * the pages things start on, so they are rendered again for each layout pass.
   */
  record PacketContent(
      PageRenderer pages,
      Map<String, Object> common,
      List<Language> languages,
      PacketChecklist checklist,
      List<PacketLetters.LetterPart> letterParts,
      List<PacketAttachments.Part> attachments,
      LocalDate date,
      StaticPages staticPages) {

    List<PacketPart> parts(Map<String, Integer> starts) {
      List<PacketPart> parts = new ArrayList<>(staticPages.notices());
      parts.addAll(staticPages.guidance());
      for (Language lang : languages) {
        PacketText t = new PacketText(lang);
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("criteria", checklist.model(t, starts));
        parts.add(
            page(
                pages,
                lang,
                BuiltInTemplate.PACKET_CHECKLIST,
                t.get("section.checklist"),
                model,
                date));
      }
      parts.addAll(staticPages.resources());
      PacketText main = new PacketText(languages.get(0));
      if (!letterParts.isEmpty()) {
        parts.add(
            section(
                pages,
                main,
                "section.letters",
                letterParts.stream().map(PacketLetters.LetterPart::title).toList(),
                starts,
                common,
                date));
        letterParts.forEach(l -> parts.add(new PacketPart(l.title(), 1, l.pdf())));
      }
      if (!attachments.isEmpty()) {
        parts.add(
            section(
                pages,
                main,
                "section.attachments",
                attachments.stream().map(PacketAttachments.Part::title).toList(),
                starts,
                common,
                date));
        attachments.forEach(a -> parts.add(new PacketPart(a.title(), 1, a.pdf())));
      }
      return parts;
    }
  }

  private static PacketPart page(
      PageRenderer pages,
      Language lang,
      BuiltInTemplate template,
      String title,
      Map<String, Object> model,
      LocalDate date) {
    return new PacketPart(
        title, 0, pages.render(template.name(lang), model, title, lang, date).pdf());
  }

  private static PacketPart section(
      PageRenderer pages,
      PacketText t,
      String key,
      List<String> titles,
      Map<String, Integer> starts,
      Map<String, Object> common,
      LocalDate date) {
    Map<String, Object> model = new LinkedHashMap<>(common);
    model.put("title", t.get(key));
    model.put("intro", t.get(key + ".intro"));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (String title : titles) {
      entries.add(Map.of("title", title, "page", String.valueOf(starts.getOrDefault(title, 0))));
    }
    model.put("entries", entries);
    return page(pages, t.language(), BuiltInTemplate.PACKET_SECTION, t.get(key), model, date);
  }

  static Map<String, Object> commonModel(
      CaseFile c, LocalDate date, List<Language> languages, PacketText t, boolean draft) {
    Person p = c.person();
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("fullName", p.fullName());
    person.put("givenNames", p.givenNames());
    person.put("aNumber", p.aNumber().formatted());
    person.put("iceName", p.nameOnIceRecords() == null ? "" : p.nameOnIceRecords().fullName());
    person.put(
        "obj",
        switch (p.pronouns()) {
          case SHE -> "la";
          case HE -> "lo";
          case THEY -> "le";
        });
    Map<String, Object> preparedBy = new LinkedHashMap<>();
    preparedBy.put("name", c.preparedBy().name());
    preparedBy.put("role", t.get("role." + c.preparedBy().role().yamlName()));
    preparedBy.put(
        "organization", c.preparedBy().organization() == null ? "" : c.preparedBy().organization());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person", person);
    m.put("preparedBy", preparedBy);
    m.put("byLawyer", c.preparedBy().mayAddressCaseMerits());
    m.put("date", PageRenderer.writtenDate(date, t.language()));
    List<String> names = languages.stream().map(l -> t.get("language." + l.yamlName())).toList();
    m.put("languages", names.size() == 1 ? names.get(0) : t.and(names.get(0), names.get(1)));
    m.put("draft", draft);
    return m;
  }

  private static List<Map<String, Object>> resourcesModel(
      ResourceDirectory resources, CaseFile c, Language lang, PacketText t) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ProSeResource r :
        resources.forPerson(c.person().detention().fieldOffice().state(), List.of(lang))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name(lang));
      m.put("offers", r.offers().in(lang));
      m.put("contact", r.contact());
      m.put("phone", r.phone() == null ? "" : r.phone().strip());
      m.put("callNote", r.callNote() == null ? "" : r.callNote().in(lang).strip());
      m.put("mail", r.mail());
      m.put("lastChecked", PageRenderer.writtenDate(r.lastChecked(), lang));
      m.put("region", r.isNational() ? t.get("region.national") : String.join(", ", r.regions()));
      list.add(m);
    }
    return list;
  }
}
