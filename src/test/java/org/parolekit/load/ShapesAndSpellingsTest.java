package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.load;
import static org.parolekit.load.LoaderFixtures.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value of the wrong shape inside a list or in a required list is reported once, at its place,
 * and never ends the run with a crash; unknown words get a guess only when one is close.
 */
class ShapesAndSpellingsTest {
  @TempDir Path dir;

  private static final String NOT_ALLOWED = "; aliases and anchors are not allowed in case files.";

  @Test
  void aMissingRequiredListIsReportedLikeAnyMissingField() {
    assertThat(problems(dir, MINIMAL.replace("  languages: [es]\n", "")))
        .containsExactly(
            "case.yaml:1:1: person.languages: is missing. add for example: languages: [es].");
  }

  @Test
  void aSingleValueWhereOnlyAListBelongsIsReportedOnce() {
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: es")))
        .containsExactly(
            "case.yaml:9:14: person.languages: must be a list, but holds a single value. write each"
                + " entry on its own line starting with \"- \".");
  }

  @Test
  void aTaggedOrAnchoredListIsReportedOnceAndNothingElse() {
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: !x [es]")))
        .containsExactly(
            "case.yaml:9:14: person.languages: has an explicit YAML tag (\"!\"). remove the tag; a"
                + " case file holds only plain text, lists and mappings.");
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: &l [es]")))
        .containsExactly(
            "case.yaml:9:14: person.languages: defines a YAML anchor (&). remove the anchor"
                + NOT_ALLOWED);
  }

  @Test
  void anAliasForARequiredValueIsReportedAsAnAliasOnly() {
    String yaml =
        MINIMAL.replace(
            "countryOfBirth: Guatemala\n  nationality: Guatemalan",
            "countryOfBirth: &c Guatemala\n  nationality: *c");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:6:19: defines a YAML anchor (&). remove the anchor" + NOT_ALLOWED,
            "case.yaml:7:16: person.nationality: uses a YAML alias (*). write the value out in"
                + " full"
                + NOT_ALLOWED);
  }

  @Test
  void findsAnAnchorAtTheVeryStartOfTheFile() {
    assertThat(problems(dir, "&a just words\n"))
        .contains("case.yaml:1:1: defines a YAML anchor (&). remove the anchor" + NOT_ALLOWED);
  }

  @Test
  void reportsABadEntryOfAListAtItsIndex() {
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: [es, [en]]")))
        .containsExactly(
            "case.yaml:9:19: person.languages[1]: must be a single value, but holds a list. write"
                + " one value after the colon.");
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: [{es: 1}]")))
        .containsExactly(
            "case.yaml:9:15: person.languages[0]: must be a single value, but holds a mapping of"
                + " keys. write one value after the colon.");
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: [es, !x en]")))
        .containsExactly(
            "case.yaml:9:19: person.languages[1]: has an explicit YAML tag (\"!\"). remove the"
                + " tag; a case file holds only plain text, lists and mappings.");
    assertThat(
            problems(
                dir,
                MINIMAL.replace(
                    "  languages: [es]\n", "  languages: [es]\n  identityDocuments: [passport]\n")))
        .containsExactly(
            "case.yaml:10:23: person.identityDocuments[0]: must be a mapping of keys, but holds a"
                + " single value. write its keys on the lines below, indented, for example type:,"
                + " issuingCountry:, location:.");
  }

  @Test
  void guessesTheMeantKeyOnlyWhenItIsClose() {
    assertThat(problems(dir, MINIMAL + "sponsorship: x\n"))
        .containsExactly(
            "case.yaml:16:1: sponsorship: unknown key \"sponsorship\". did you mean \"sponsor\"?");
    assertThat(problems(dir, MINIMAL + "x: 1\n"))
        .singleElement()
        .asString()
        .startsWith("case.yaml:16:1: x: unknown key \"x\". keys allowed here: person, sponsor,");
  }

  @Test
  void guessesTheFirstOfEquallyCloseValuesAndNoneWhenNoneIsClose() {
    assertThat(problems(dir, MINIMAL.replace("pronouns: she", "pronouns: shey")))
        .containsExactly(
            "case.yaml:8:13: person.pronouns: unknown value \"shey\". did you mean \"she\"? write"
                + " one of: she, he, they.");
    assertThat(problems(dir, MINIMAL.replace("pronouns: she", "pronouns: shoot")))
        .containsExactly(
            "case.yaml:8:13: person.pronouns: unknown value \"shoot\". write one of: she, he,"
                + " they.");
  }

  @Test
  void quotesAnUnknownKeyOfUpToFortyLettersAndNotALongerOne() {
    String forty = "unknownkeythatisfortycharacterslongxxxxx";
    assertThat(forty).hasSize(40);
    assertThat(problems(dir, MINIMAL + forty + ": x\n"))
        .singleElement()
        .asString()
        .startsWith("case.yaml:16:1: " + forty + ": unknown key \"" + forty + "\". keys allowed");
    assertThat(problems(dir, MINIMAL + forty + "x: x\n"))
        .singleElement()
        .asString()
        .startsWith("case.yaml:16:1: unknown key (not shown");
  }

  @Test
  void neverQuotesAValueThatLooksLikeANameWhereAListedWordBelongs() {
    assertThat(problems(dir, MINIMAL.replace("pronouns: she", "pronouns: Rosa Hernández")))
        .containsExactly(
            "case.yaml:8:13: person.pronouns: the value is not one of those allowed here (it is not"
                + " shown, as it may be personal data). write one of: she, he, they.");
  }

  @Test
  void aLetterDateIsNotHeldToTheRulesOfABirthDate() {
    var c = load(dir, MINIMAL + "letterDate: 2026-12-01\n").caseFile();
    assertThat(c.letterDate()).hasToString("2026-12-01");
  }
}
