package org.parolekit.resources;

import java.time.LocalDate;
import java.util.List;
import org.parolekit.model.Doc;
import org.parolekit.model.Language;
import org.parolekit.model.LocalizedText;
import org.parolekit.model.Required;

/** One organization that helps people who represent themselves, as listed in the packet. */
public record ProSeResource(
    @Required @Doc(value = "Organization's name.") String name,
    @Required @Doc(value = "Where it serves: two-letter states, or national.", example = "[AZ]")
        List<String> regions,
    @Required @Doc(value = "Languages its materials come in: en, es.", example = "[en, es]")
        List<Language> languages,
    @Required @Doc(value = "What it offers, in English and Spanish.") LocalizedText offers,
    @Required @Doc(value = "Its website.", example = "firrp.org") String contact,
    @Required @Doc(value = "When someone last checked this entry, YYYY-MM-DD.")
        LocalDate lastChecked,
    @Doc(
            value = "A phone number a detained person can call, as the organization publishes it.",
            example = "(617) 482-4124")
        String phone,
    @Doc(
            value =
                "How and when to call (collect, free from the facility, hours), in English and"
                    + " Spanish.")
        LocalizedText callNote,
    @Doc(
            value = "A postal address a detained person can write to, one line per element.",
            example = "[50 Federal Street, 4th Floor, \"Boston, MA 02110\"]")
        List<String> mail,
    @Doc(value = "The organization's own page where the phone and address were found.")
        String source,
    @Doc(value = "The name in Spanish, when it is a description rather than a proper name.")
        String nameEs) {

  public static final String NATIONAL = "national";

  public ProSeResource {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
    mail = mail == null ? List.of() : List.copyOf(mail);
  }

  /** An entry with a website only. */
  public ProSeResource(
      String name,
      List<String> regions,
      List<Language> languages,
      LocalizedText offers,
      String contact,
      LocalDate lastChecked) {
    this(name, regions, languages, offers, contact, lastChecked, null, null, List.of(), null, null);
  }

  /** The name as a reader of {@code language} should see it. */
  public String name(Language language) {
    return language == Language.ES && nameEs != null && !nameEs.isBlank() ? nameEs.strip() : name;
  }

  /** Whether it serves people everywhere. */
  public boolean isNational() {
    return regions.stream().anyMatch(r -> r.equalsIgnoreCase(NATIONAL));
  }

  /** Whether it serves the given two-letter state. */
  public boolean serves(String state) {
    return isNational() || regions.stream().anyMatch(r -> r.equalsIgnoreCase(state));
  }
}
