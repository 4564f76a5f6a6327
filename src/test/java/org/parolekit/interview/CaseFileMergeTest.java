package org.parolekit.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class CaseFileMergeTest {
  private static final String USER =
      """
      # my notes
      person:
          givenNames: Ana   # as on her ID
          familyNames: López
          # the facility changed last week
          detention:
              facility: Otay Mesa
      sponsor:
          name: Rosa
      """;

  private static Object load(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  @Test
  void theSameValuesKeepTheUsersTextExactly() {
    String written =
        """
        person:
          givenNames: Ana
          familyNames: "López"
          detention:
            facility: Otay Mesa
        sponsor:
          name: Rosa
        """;
    assertThat(CaseFileMerge.merge(USER, written)).contains(USER);
  }

  @Test
  void aChangedValueIsReplacedAtTheUsersIndentationAndNothingElseMoves() {
    String written =
        """
        person:
          givenNames: Ana
          familyNames: López
          detention:
            facility: Adelanto ICE Processing Center
        sponsor:
          name: Rosa
        """;
    Optional<String> merged = CaseFileMerge.merge(USER, written);
    assertThat(merged).isPresent();
    assertThat(merged.get())
        .isEqualTo(USER.replace("facility: Otay Mesa", "facility: Adelanto ICE Processing Center"));
  }

  @Test
  void newEntriesFollowTheirMappingAndRemovedOnesGo() {
    String written =
        """
        person:
          givenNames: Ana
          detention:
            facility: Otay Mesa
            fieldOffice: san-diego
        sponsor:
          name: Rosa
        supporters:
          - name: Luis
        """;
    Optional<String> merged = CaseFileMerge.merge(USER, written);
    assertThat(merged).isPresent();
    assertThat(load(merged.get())).isEqualTo(load(written));
    assertThat(merged.get())
        .contains(
            "# my notes",
            "givenNames: Ana   # as on her ID",
            "# the facility changed last week",
            "        facility: Otay Mesa\n        fieldOffice: san-diego\n")
        .doesNotContain("López");
  }

  @Test
  void aFileThatIsNotAMappingIsNotMerged() {
    assertThat(CaseFileMerge.merge("- a\n- b\n", "person:\n  givenNames: Ana\n")).isEmpty();
  }
}
