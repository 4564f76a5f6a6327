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
    @Required @Doc(value = "Where it serves: two-letter states, or national.", example = "[AZ]") List<String> regions,
    @Required @Doc(value = "Languages its materials come in: en, es.", example = "[en, es]") List<Language> languages,
    @Required @Doc(value = "What it offers, in English and Spanish.") LocalizedText offers,
    @Required @Doc(value = "How to reach it: website, phone, address.") String contact,
    @Required @Doc(value = "When someone last checked this entry, YYYY-MM-DD.") LocalDate lastChecked) {

  public static final String NATIONAL = "national";

  public ProSeResource {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
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
