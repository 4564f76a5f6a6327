package org.parolekit.resources;

import java.util.Comparator;
import java.util.List;
import org.parolekit.model.Doc;
import org.parolekit.model.Language;
import org.parolekit.model.Required;

/**
 * The editable list of pro se resources shipped with the tool (or given with {@code --resources}).
 * Directories like this go stale, so every entry carries the date it was last checked.
 */
@Doc("A directory of pro se resources for people in immigration detention.")
public record ResourceDirectory(
    @Required @Doc(value = "The resources.") List<ProSeResource> resources) {

  public ResourceDirectory {
    resources = List.copyOf(resources);
  }

  /**
   * The resources for a person held in {@code state} who reads any of {@code languages}: regional
   * ones first, then national ones, each in the file's order.
   */
  public List<ProSeResource> forPerson(String state, List<Language> languages) {
    return resources.stream()
        .filter(r -> r.serves(state))
        .filter(r -> r.languages().stream().anyMatch(languages::contains))
        .sorted(Comparator.comparing(ProSeResource::isNational))
        .toList();
  }
}
