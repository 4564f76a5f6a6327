package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.problems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureProblemsTest {
  @TempDir Path dir;

  @Test
  void suggestsTheKeyAMisspelledKeyWasMeantToBe() {
    assertThat(problems(dir, MINIMAL + "sponser:\n  name: Rosa\n"))
        .containsExactly(
            "case.yaml:16:1: sponser: unknown key \"sponser\". did you mean \"sponsor\"?");
  }

  @Test
  void suggestsNestedKeysAndKeysWrittenInAnotherStyle() {
    String yaml =
        MINIMAL
            .replace("  dateOfBirth:", "  date_of_birth:")
            .replace("    facility:", "    facilty:");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:1:1: person.dateOfBirth: is missing. add for example: dateOfBirth:"
                + " 1994-05-17.",
            "case.yaml:5:3: person.date_of_birth: unknown key \"date_of_birth\". did you mean"
                + " \"dateOfBirth\"?",
            "case.yaml:10:3: person.detention.facility: is missing. add for example: facility: Otay"
                + " Mesa Detention Center.",
            "case.yaml:11:5: person.detention.facilty: unknown key \"facilty\". did you mean"
                + " \"facility\"?");
  }

  @Test
  void neverQuotesAKeyThatLooksLikeAnIdentifierOrDate() {
    String yaml = MINIMAL.replace("  aNumber: A123-456-789\n", "  A987-654-321:\n");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:1:1: person.aNumber: is missing. add for example: aNumber: A123-456-789.",
            "case.yaml:4:3: person: unknown key (not shown, as it may be personal data). keys"
                + " allowed here: givenNames, familyNames, nameOnIceRecords, aNumber, dateOfBirth,"
                + " countryOfBirth, nationality, pronouns, languages, otherLanguages, detention,"
                + " identityDocuments.");
  }

  @Test
  void listsTheAllowedKeysWhenNothingIsClose() {
    assertThat(problems(dir, MINIMAL + "favouriteColour: blue\n"))
        .singleElement()
        .asString()
        .startsWith(
            "case.yaml:16:1: favouriteColour: unknown key \"favouriteColour\". keys allowed here:"
                + " person, sponsor, supporters,");
  }

  @Test
  void reportsAMissingRequiredFieldAtItsParentWithAnExample() {
    assertThat(problems(dir, MINIMAL.replace("  aNumber: A123-456-789\n", "")))
        .containsExactly(
            "case.yaml:1:1: person.aNumber: is missing. add for example: aNumber: A123-456-789.");
  }

  @Test
  void reportsAMissingSectionWithTheKeysItNeeds() {
    assertThat(
            problems(
                dir, MINIMAL.replace("preparedBy:\n  role: volunteer\n  name: Sam Rivera\n", "")))
        .containsExactly(
            "case.yaml:1:1: preparedBy: is missing. add \"preparedBy:\" with the keys role, name.");
  }

  @Test
  void anEmptyRequiredTextIsMissing() {
    assertThat(
            problems(
                dir,
                MINIMAL
                    .replace("givenNames: Ana", "givenNames: \"  \"")
                    .replace("countryOfBirth: Guatemala", "countryOfBirth:")))
        .containsExactly(
            "case.yaml:2:3: person.givenNames: is required but empty. fill it in, for example:"
                + " givenNames: María José.",
            "case.yaml:6:3: person.countryOfBirth: is required but empty. fill it in, for example:"
                + " countryOfBirth: Honduras.");
  }

  @Test
  void anEmptyRequiredListIsMissing() {
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages: []")))
        .containsExactly(
            "case.yaml:9:14: person.languages: is required but the list is empty. add at least one"
                + " entry, for example: languages: [es].");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThat(
            problems(
                dir, MINIMAL.replace("  pronouns: she\n", "  pronouns: she\n  pronouns: they\n")))
        .containsExactly(
            "case.yaml:9:3: person.pronouns: duplicate key \"pronouns\". it is already on line 8;"
                + " keep only one of them.");
  }

  @Test
  void rejectsAliasesAndAnchors() {
    String yaml =
        MINIMAL.replace("name: Sam Rivera", "name: &preparer Sam Rivera")
            + "sponsor:\n  name: *preparer\n  address: &home\n    street: 1 Main St\n";
    assertThat(problems(dir, yaml))
        .contains(
            "case.yaml:15:9: defines a YAML anchor (&). remove the anchor; aliases and anchors are"
                + " not allowed in case files.",
            "case.yaml:17:9: sponsor.name: uses a YAML alias (*). write the value out in full;"
                + " aliases and anchors are not allowed in case files.",
            "case.yaml:18:12: sponsor.address: defines a YAML anchor (&). remove the anchor;"
                + " aliases and anchors are not allowed in case files.");
  }

  @Test
  void rejectsExplicitTagsWithoutInstantiatingAnything() {
    String yaml =
        MINIMAL
            .replace("nationality: Guatemalan", "nationality: !!python/object:os.system Guatemalan")
            .replace("preparedBy:\n", "preparedBy: !foo\n");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:7:16: person.nationality: has an explicit YAML tag (\"!\"). remove the tag;"
                + " a case file holds only plain text, lists and mappings.",
            "case.yaml:13:13: preparedBy: has an explicit YAML tag (\"!\"). remove the tag; a case"
                + " file holds only plain text, lists and mappings.");
  }

  @Test
  void rejectsSeveralDocumentsInOneFile() {
    assertThat(problems(dir, MINIMAL + "---\nperson:\n  givenNames: Other\n"))
        .containsExactly(
            "case.yaml:17:1: holds more than one YAML document. keep one document per file; remove"
                + " the \"---\" line and what follows, or split the file.");
  }

  @Test
  void rejectsAListWhereOneValueBelongsAndTheOtherWayRound() {
    String yaml =
        MINIMAL
            .replace("pronouns: she", "pronouns: [she, they]")
            .replace("languages: [es]", "languages: es")
            .replace(
                "  detention:\n"
                    + "    facility: Otay Mesa Detention Center\n"
                    + "    fieldOffice: san-diego\n",
                "  detention: Otay Mesa\n");
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:8:13: person.pronouns: must be a single value, but holds a list. write one"
                + " value after the colon.",
            "case.yaml:9:14: person.languages: must be a list, but holds a single value. write each"
                + " entry on its own line starting with \"- \".",
            "case.yaml:10:14: person.detention: must be a mapping of keys, but holds a single"
                + " value. write its keys on the lines below, indented, for example facility:,"
                + " fieldOffice:, deportationOfficer:.");
  }

  @Test
  void rejectsATopLevelListOrValue() {
    assertThat(problems(dir, "- person\n- sponsor\n"))
        .containsExactly(
            "case.yaml:1:1: must be a mapping of keys, but holds a list. start with keys such as"
                + " person:, sponsor:, supporters:, each followed by a colon.");
    assertThat(problems(dir, "just some words\n"))
        .containsExactly(
            "case.yaml:1:1: must be a mapping of keys, but holds a single value. start with keys"
                + " such as person:, sponsor:, supporters:, each followed by a colon.");
  }

  @Test
  void rejectsAnEmptyOrCommentOnlyFile() {
    assertThat(problems(dir, ""))
        .containsExactly(
            "case.yaml: is empty (or holds only comments). write the case as YAML, starting with"
                + " \"person:\".");
    assertThat(problems(dir, "# a case file\n\n   # to do\n"))
        .containsExactly(
            "case.yaml: is empty (or holds only comments). write the case as YAML, starting with"
                + " \"person:\".");
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirPlace() {
    assertThat(problems(dir, "person:\n  givenNames: \"Ana\n"))
        .singleElement()
        .asString()
        .startsWith("case.yaml:3:1: is not valid YAML: ")
        .endsWith(
            "check the indentation (spaces, not tabs), the colons after keys and that quotes are"
                + " closed.");
  }

  @Test
  void reportsAnEmptyListEntry() {
    assertThat(problems(dir, MINIMAL.replace("languages: [es]", "languages:\n    - es\n    -\n")))
        .containsExactly(
            "case.yaml:11:6: person.languages[1]: is an empty list entry. fill it in or remove the"
                + " \"-\".");
  }

  @Test
  void reportsEveryProblemOfTheFileInOneRun() {
    String yaml =
        MINIMAL
                .replace("pronouns: she", "pronouns: shee")
                .replace("aNumber: A123-456-789", "aNumber: A12")
                .replace("role: volunteer", "rol: volunteer")
            + "letterDate: 2026-13-01\n";
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:4:12: person.aNumber: an A-number has 8 or 9 digits, this one has 2. check"
                + " the number on the person's papers; write it as A123-456-789.",
            "case.yaml:8:13: person.pronouns: unknown value \"shee\". did you mean \"she\"? write"
                + " one of: she, he, they.",
            "case.yaml:13:1: preparedBy.role: is missing. add for example: role: volunteer.",
            "case.yaml:14:3: preparedBy.rol: unknown key \"rol\". did you mean \"role\"?",
            "case.yaml:16:13: letterDate: is not a real date. check the month (01 to 12) and the"
                + " day of the month.");
  }

  @Test
  void listsAtMostTwoHundredProblemsAndCountsTheRest() {
    StringBuilder yaml = new StringBuilder(MINIMAL);
    for (int i = 0; i < 250; i++) {
      yaml.append("unknown").append(i).append(": x\n");
    }
    var found = problems(dir, yaml.toString());
    assertThat(found).hasSize(201);
    assertThat(found.get(200))
        .isEqualTo("case.yaml: and 50 more problems not listed. fix the ones above and run again.");
  }
}
