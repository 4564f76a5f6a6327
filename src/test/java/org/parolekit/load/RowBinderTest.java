package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parolekit.load.LoaderFixtures.TODAY;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.model.ANumber;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Required;

/** A row of a roster binds with the case file's rules, each problem at its row and column. */
class RowBinderTest {
  record Row(
      @Required String givenNames,
      @Required ANumber aNumber,
      Pronouns pronouns,
      List<Language> languages,
      FileRef scan,
      @Required PartialDate since) {}

  private static final List<String> COLUMNS =
      List.of("givenNames", "aNumber", "pronouns", "languages", "scan", "since");

  @TempDir Path dir;

  private static Map<String, String> row(String... cells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i += 2) {
      row.put(cells[i], cells[i + 1]);
    }
    return row;
  }

  private List<String> problems(Path file, List<String> columns, Map<String, String> cells) {
    CaseFileException[] thrown = new CaseFileException[1];
    assertThatThrownBy(() -> new RowBinder(TODAY).bind(file, 7, columns, cells, Row.class))
        .isInstanceOfSatisfying(CaseFileException.class, e -> thrown[0] = e);
    return thrown[0].problems().stream().map(Problem::format).toList();
  }

  @Test
  void bindsARowWithListsInOneCellAndFilesBesideTheRoster() {
    LoaderFixtures.write(dir, "scans/ana.pdf", "%PDF-1.4\n");
    Row r =
        new RowBinder(TODAY)
            .bind(
                dir.resolve("roster.csv"),
                7,
                COLUMNS,
                row(
                    "givenNames", " Ana ",
                    "aNumber", "12345678",
                    "pronouns", "She",
                    "languages", "es, en;",
                    "scan", "scans/ana.pdf",
                    "since", "2019-03"),
                Row.class);
    assertThat(r.givenNames()).isEqualTo("Ana");
    assertThat(r.aNumber().formatted()).isEqualTo("A012-345-678");
    assertThat(r.pronouns()).isEqualTo(Pronouns.SHE);
    assertThat(r.languages()).containsExactly(Language.ES, Language.EN);
    assertThat(r.scan().resolved()).isEqualTo(dir.resolve("scans/ana.pdf"));
    assertThat(r.since()).isEqualTo(PartialDate.parse("2019-03"));
  }

  @Test
  void leavesOutEmptyAndMissingCellsOfOptionalColumns() {
    Row r =
        new RowBinder(TODAY)
            .bind(
                dir.resolve("roster.csv"),
                3,
                COLUMNS,
                row(
                    "givenNames",
                    "Ana",
                    "aNumber",
                    "A123456789",
                    "languages",
                    " ",
                    "scan",
                    null,
                    "since",
                    "2019"),
                Row.class);
    assertThat(r.languages()).isEmpty();
    assertThat(r.scan()).isNull();
    assertThat(r.pronouns()).isNull();
  }

  @Test
  void placesEachProblemAtItsRowAndTheColumnsPositionInTheHeader() {
    List<String> header = List.of("since", "aNumber", "givenNames", "languages", "pronouns");
    List<String> found =
        problems(
            dir.resolve("roster.csv"),
            header,
            row(
                "givenNames", "",
                "aNumber", "A98765",
                "pronouns", "shee",
                "languages", "es fr",
                "since", "2019"));
    assertThat(found)
        .containsExactly(
            dir.resolve("roster.csv")
                + ":7:2: aNumber: an A-number has 8 or 9 digits, this one has 5. check the number"
                + " on the person's papers; write it as A123-456-789.",
            dir.resolve("roster.csv")
                + ":7:3: givenNames: is required but empty. fill it in, \"givenNames:\".",
            dir.resolve("roster.csv")
                + ":7:4: languages[1]: unknown value \"fr\". did you mean \"en\"? write one of: en,"
                + " es.",
            dir.resolve("roster.csv")
                + ":7:5: pronouns: unknown value \"shee\". did you mean \"she\"? write one of: she,"
                + " he, they.");
    assertThat(String.join("\n", found)).doesNotContain("98765");
  }

  @Test
  void namesAColumnMissingFromTheHeaderAndACellOutsideIt() {
    Path roster = Path.of("roster.csv");
    assertThat(
            problems(
                roster,
                List.of("givenNames", "aNumber"),
                row("givenNames", "Ana", "aNumber", "A123456789", "notes", "x")))
        .containsExactly(
            "roster.csv:7: notes: unknown key \"notes\". keys allowed here: givenNames, aNumber,"
                + " pronouns, languages, scan, since.",
            "roster.csv:7:1: since: is missing. add \"since:\".");
  }

  @Test
  void resolvesFilesOfARosterGivenWithoutAFolderAgainstTheWorkingFolder() {
    assertThat(
            problems(
                Path.of("roster.csv"),
                COLUMNS,
                row(
                    "givenNames",
                    "Ana",
                    "aNumber",
                    "A123456789",
                    "scan",
                    "no-such-scan.pdf",
                    "since",
                    "2019")))
        .containsExactly(
            "roster.csv:7:5: scan: file not found: \"no-such-scan.pdf\". paths are relative to the"
                + " folder of roster.csv; check the path and the file name.");
  }
}
