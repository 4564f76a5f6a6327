package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parolekit.load.LoaderFixtures.MINIMAL;
import static org.parolekit.load.LoaderFixtures.load;
import static org.parolekit.load.LoaderFixtures.problems;
import static org.parolekit.load.LoaderFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReferencesTest {
  @TempDir Path dir;

  private static final String ORGANIZATION =
      """
      organization:
        profile: org.yaml
        contact: visits
        since: 2026-03
      """;

  private static final String PROFILE =
      """
      name: Otay Mesa Visitors
      address:
        street: 200 Example Street
        city: San Diego
        state: CA
        postalCode: "92101"
      signer:
        name: Jordan Lee
        title: Coordinator
      description:
        en: We visit people held at Otay Mesa.
      """;

  private static final String SUPPORTER =
      """
      supporters:
        - name: Dana Whitfield
          role: employer
          relationship: employed her at a bakery
          since: 2020
          language: en
          letterFile: letters/whitfield.txt
      """;

  @Test
  void resolvesPathsAgainstTheCaseFilesFolder() {
    write(dir, "cases/ana/org.yaml", PROFILE);
    write(dir, "cases/ana/letters/whitfield.txt", "Dear Officer,\n");
    Path file = write(dir, "cases/ana/case.yaml", MINIMAL + ORGANIZATION + SUPPORTER);
    LoadedCase loaded = new CaseLoader(LoaderFixtures.TODAY).load(file);
    assertThat(loaded.caseFile().organization().profile().resolved())
        .isEqualTo(dir.resolve("cases/ana/org.yaml"));
    assertThat(loaded.caseFile().organization().profile().written()).isEqualTo("org.yaml");
    assertThat(loaded.caseFile().supporters().get(0).letterFile().resolved())
        .isEqualTo(dir.resolve("cases/ana/letters/whitfield.txt"));
    assertThat(loaded.organization().orElseThrow().name()).isEqualTo("Otay Mesa Visitors");
  }

  @Test
  void reportsAMissingOrganizationProfileAtTheLineThatNamesIt() {
    assertThat(problems(dir, MINIMAL + ORGANIZATION))
        .containsExactly(
            "case.yaml:17:12: organization.profile: file not found: \"org.yaml\". paths are"
                + " relative to the folder of case.yaml; check the path and the file name.");
  }

  @Test
  void reportsTheProblemsOfTheCaseAndOfItsProfileInOneRunEachWithItsOwnFile() {
    write(
        dir,
        "org.yaml",
        PROFILE.replace("  title: Coordinator\n", "").replace("name: Otay", "nmae: Otay")
            + "logo: logo.png\n");
    assertThat(problems(dir, MINIMAL.replace("pronouns: she", "pronouns: her") + ORGANIZATION))
        .containsExactly(
            "case.yaml:8:13: person.pronouns: unknown value \"her\". did you mean \"he\"? write one"
                + " of: she, he, they.",
            "org.yaml:1:1: nmae: unknown key \"nmae\". did you mean \"name\"?",
            "org.yaml:1:1: name: is missing. add \"name:\" (Organization's name).",
            "org.yaml:7:1: signer.title: is missing. add for example: title: Coordinator.",
            "org.yaml:11:7: logo: file not found: \"logo.png\". paths are relative to the folder of"
                + " org.yaml; check the path and the file name.");
  }

  @Test
  void reportsAnOrganizationProfileThatIsNotYaml() {
    write(dir, "org.yaml", "- just\n- a list\n");
    assertThat(problems(dir, MINIMAL + ORGANIZATION))
        .containsExactly(
            "org.yaml:1:1: must be a mapping of keys, but holds a list. start with keys such as"
                + " name:, address:, phone:, each followed by a colon.");
  }

  @Test
  void checksTheKindOfLetterFiles() {
    write(dir, "letters/whitfield.rtf", "binary");
    assertThat(problems(dir, MINIMAL + SUPPORTER.replace("whitfield.txt", "whitfield.rtf")))
        .containsExactly(
            "case.yaml:22:17: supporters[0].letterFile: must name a .txt, .md, .docx file. convert"
                + " the file or name the right one.");
    assertThat(problems(dir, MINIMAL + SUPPORTER))
        .containsExactly(
            "case.yaml:22:17: supporters[0].letterFile: file not found: \"letters/whitfield.txt\"."
                + " paths are relative to the folder of case.yaml; check the path and the file"
                + " name.");
    write(dir, "letters/whitfield.MD", "# Letter\n");
    assertThat(
            load(dir, MINIMAL + SUPPORTER.replace("whitfield.txt", "whitfield.MD"))
                .caseFile()
                .supporters())
        .hasSize(1);
  }

  @Test
  void checksTheKindAndPresenceOfAttachmentsAndSponsorDocuments() {
    write(dir, "scan.gif", "GIF89a");
    String yaml =
        MINIMAL
            + """
            attachments:
              - file: scan.gif
                description: Photo
                supports: [identity]
              - file: missing.pdf
                description: Letter from the church
                supports: [danger, flight risk]
            sponsor:
              name: Rosa
              relationship: aunt
              since: 1994
              immigrationStatus: citizen
              address: {street: 1 Main St, city: Chula Vista, state: CA, postalCode: "91910"}
              phone: "555"
              language: en
              commitments: {housing: yes}
              documents:
                - kind: id
                  description: Driver's license
                  file: ids/license.jpg
            """;
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:17:11: attachments[0].file: must name a .pdf, .jpg, .jpeg, .png file."
                + " convert the file or name the right one.",
            "case.yaml:20:11: attachments[1].file: file not found: \"missing.pdf\". paths are"
                + " relative to the folder of case.yaml; check the path and the file name.",
            "case.yaml:35:13: sponsor.documents[0].file: file not found: \"ids/license.jpg\". paths"
                + " are relative to the folder of case.yaml; check the path and the file name.");
  }

  @Test
  void checksTheTranslationsLetterFile() {
    write(dir, "letters/whitfield.txt", "Querido oficial:\n");
    String yaml =
        MINIMAL
            + SUPPORTER.replace("language: en", "language: es")
            + """
                translation:
                  translator:
                    name: Ana Gómez
                  letterFile: letters/whitfield-en.txt
            """;
    assertThat(problems(dir, yaml))
        .containsExactly(
            "case.yaml:26:19: supporters[0].translation.letterFile: file not found:"
                + " \"letters/whitfield-en.txt\". paths are relative to the folder of case.yaml;"
                + " check the path and the file name.");
    write(dir, "letters/whitfield-en.txt", "Dear Officer,\n");
    assertThat(load(dir, yaml).caseFile().supporters().get(0).translation().letterFile().fileName())
        .isEqualTo("whitfield-en.txt");
  }

  @Test
  void checksTheKindOfTheLogo() {
    write(dir, "logo.svg", "<svg/>");
    write(dir, "org.yaml", PROFILE + "logo: logo.svg\n");
    assertThat(problems(dir, MINIMAL + ORGANIZATION))
        .containsExactly(
            "org.yaml:12:7: logo: must name a .png, .jpg, .jpeg file. convert the file or name the"
                + " right one.");
  }

  @Test
  void loadsAProfileOnItsOwnWithTheSameStrictness() {
    Path profile = write(dir, "org.yaml", PROFILE + "signer: twice\n");
    var thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CaseFileException.class,
            () -> new CaseLoader(LoaderFixtures.TODAY).loadOrganization(profile));
    assertThat(thrown.problems())
        .extracting(Problem::format)
        .containsExactly(
            profile
                + ":12:1: signer: duplicate key \"signer\". it is already on line 7; keep only one"
                + " of them.");
  }

  @Test
  void refusesALetterFromOutsideTheCaseFolderEvenThroughALink() throws java.io.IOException {
    write(dir, "elsewhere/whitfield.txt", "Dear Officer,\n");
    Path caseDir = dir.resolve("case");
    String outside = SUPPORTER.replace("letters/whitfield.txt", "../elsewhere/whitfield.txt");
    assertThat(problems(caseDir, write(caseDir, "case.yaml", MINIMAL + outside)))
        .containsExactly(
            "case.yaml:22:17: supporters[0].letterFile: is outside the case folder. move the letter"
                + " into the folder of case.yaml (or a folder inside it) and name it from there.");
    java.nio.file.Files.createDirectories(caseDir.resolve("letters"));
    java.nio.file.Files.createSymbolicLink(
        caseDir.resolve("letters/whitfield.txt"), dir.resolve("elsewhere/whitfield.txt"));
    assertThat(problems(caseDir, write(caseDir, "case.yaml", MINIMAL + SUPPORTER)))
        .singleElement()
        .asString()
        .contains("is outside the case folder");
  }

  @Test
  void showsAMissingFilesPathUpToFortyCharacters() {
    String forty = "letters/" + "a".repeat(28) + ".txt";
    assertThat(forty).hasSize(40);
    assertThat(problems(dir, MINIMAL + SUPPORTER.replace("letters/whitfield.txt", forty)))
        .singleElement()
        .asString()
        .contains("file not found: \"" + forty + "\". paths");
    String longer = "letters/" + "a".repeat(29) + ".txt";
    assertThat(problems(dir, MINIMAL + SUPPORTER.replace("letters/whitfield.txt", longer)))
        .singleElement()
        .asString()
        .contains("file not found: \"" + longer.substring(0, 40) + "...\". paths");
  }
}
