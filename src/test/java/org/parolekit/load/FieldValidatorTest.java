package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parolekit.load.LoaderFixtures.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parolekit.model.ANumber;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Person;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Supporter;

/** One answer of a guided interview, checked with the loader's own rules and messages. */
class FieldValidatorTest {
  @TempDir Path dir;

  private FieldValidator validator() {
    return new FieldValidator(TODAY, Locale.ROOT, dir.resolve("case.yaml"));
  }

  private FieldAnswer check(Class<? extends Record> record, String component, String answer) {
    return validator().check(record, component, answer, "person");
  }

  @Test
  void bindsAValidAnswerToTheValueTheLoaderWouldRead() {
    FieldAnswer answer = check(Person.class, "aNumber", " a 012 345 678 ");
    assertThat(answer.isValid()).isTrue();
    assertThat(answer.problem()).isEmpty();
    assertThat(((ANumber) answer.value()).formatted()).isEqualTo("A012-345-678");
    assertThat(answer.explanation()).isEmpty();
    assertThat(answer).hasToString("FieldAnswer(valid)");
    assertThat(check(Person.class, "pronouns", "They").value()).isEqualTo(Pronouns.THEY);
    assertThat(check(Person.class, "givenNames", "Jose\u0301").value()).isEqualTo("José");
  }

  @Test
  void refusesAnAnswerWithTheLoadersMessageAndNeverRepeatsIt() {
    FieldAnswer answer = check(Person.class, "aNumber", "A98765");
    assertThat(answer.isValid()).isFalse();
    assertThat(answer.value()).isNull();
    assertThat(answer.explanation())
        .isEqualTo(
            "an A-number has 8 or 9 digits, this one has 5. check the number on the person's"
                + " papers; write it as A123-456-789");
    assertThat(answer.problem().orElseThrow().format())
        .isEqualTo(
            dir.resolve("case.yaml")
                + ":1:1: person.aNumber: an A-number has 8 or 9 digits, this one has 5. check the"
                + " number on the person's papers; write it as A123-456-789.");
    assertThat(answer.toString()).startsWith("FieldAnswer(an A-number").doesNotContain("98765");
    assertThat(answer.explanation() + answer).doesNotContain("98765");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dateOfBirth | 17/05/1994 | is not a date written YYYY-MM-DD",
        "dateOfBirth | 1994-02-30 | is not a real date",
        "dateOfBirth | 2026-11-28 | is in the future",
        "dateOfBirth | 1906-11-26 | is more than 120 years ago",
        "pronouns    | shee       | unknown value \"shee\"",
        "languages   | es fr      | unknown value \"fr\"",
        "detention   | Otay Mesa  | must be a mapping of keys, but holds a single value",
        "givenNames  | ...        | has no letter one can see (only marks, spaces or invisible"
            + " characters)",
      })
  void refusesWhatTheLoaderRefuses(String component, String written, String message) {
    FieldAnswer answer = check(Person.class, component, written);
    assertThat(answer.isValid()).as(component + ": " + written).isFalse();
    assertThat(answer.value()).isNull();
    assertThat(answer.problem().orElseThrow().message()).isEqualTo(message);
    if (component.equals("dateOfBirth")) {
      assertThat(answer.explanation()).doesNotContain(written);
    }
  }

  @Test
  void refusesANameLongerThanANameCanBeAndTakesOneOfTheLongestLength() {
    String longest = "Ana".repeat(33) + "x";
    assertThat(check(Person.class, "familyNames", longest).value()).isEqualTo(longest);
    FieldAnswer tooLong = check(Person.class, "familyNames", longest + "y");
    assertThat(tooLong.explanation())
        .startsWith("is longer than a name can be (more than 100 characters)");
    assertThat(tooLong.explanation()).doesNotContain("AnaAna");
  }

  @Test
  void checksSinceDatesAmountsAndFilesAsTheLoaderDoes() {
    assertThat(check(Sponsor.class, "since", "2019-03").value())
        .isEqualTo(PartialDate.parse("2019-03"));
    assertThat(check(Sponsor.class, "since", "2026-12").explanation())
        .isEqualTo("is in the future. write when it began: YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(check(Sponsor.class, "since", "2019-13").explanation())
        .isEqualTo("is not a real month. write YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(check(Sponsor.class, "monthlyIncome", "$4,100").value()).isEqualTo(4100);
    assertThat(check(Sponsor.class, "monthlyIncome", "about 4000").explanation())
        .isEqualTo("must be a whole amount in dollars. write the number only, for example 4100");
    assertThat(check(Supporter.class, "letterFile", "letter.rtf").explanation())
        .isEqualTo("must name a .txt, .md, .docx file. convert the file or name the right one");
    assertThat(check(Supporter.class, "letterFile", "letter.txt").explanation())
        .isEqualTo(
            "file not found: \"letter.txt\". paths are relative to the folder of case.yaml; check"
                + " the path and the file name");
  }

  @Test
  void resolvesAFileAgainstTheCaseFilesFolder() {
    LoaderFixtures.write(dir, "letters/rosa.txt", "Dear Officer,\n");
    FieldAnswer answer = check(Supporter.class, "letterFile", "letters/rosa.txt");
    assertThat(((FileRef) answer.value()).resolved()).isEqualTo(dir.resolve("letters/rosa.txt"));
    assertThat(((FileRef) answer.value()).written()).isEqualTo("letters/rosa.txt");
    LoaderFixtures.write(dir.getParent(), dir.getFileName() + "-elsewhere/rosa.txt", "Dear,\n");
    FieldAnswer outside =
        check(Supporter.class, "letterFile", "../" + dir.getFileName() + "-elsewhere/rosa.txt");
    assertThat(outside.isValid()).isFalse();
    assertThat(outside.explanation()).startsWith("is outside the case folder. move the letter");
    LoaderFixtures.write(dir, "org.yaml", "name: x\n");
    assertThat(check(OrganizationLink.class, "profile", "org.yaml").isValid()).isTrue();
  }

  @Test
  void aBlankAnswerIsNotGivenAndRequiredOnlyWhereTheLoaderRequiresIt() {
    FieldAnswer optional = check(Person.class, "otherLanguages", "  ");
    assertThat(optional.isValid()).isTrue();
    assertThat(optional.value()).isEqualTo(List.of());
    assertThat(check(Sponsor.class, "email", null).value()).isNull();
    assertThat(check(Sponsor.class, "email", null).isValid()).isTrue();
    FieldAnswer required = check(Person.class, "nationality", "");
    assertThat(required.problem().orElseThrow().fieldPath()).isEqualTo("person.nationality");
    assertThat(required.explanation())
        .isEqualTo("is required but empty. fill it in, for example: nationality: Honduran");
  }

  @Test
  void splitsAListAnswerLikeTheLoaderReadsAList() {
    assertThat(check(Person.class, "languages", "es en").value())
        .isEqualTo(List.of(Language.ES, Language.EN));
    assertThat(check(Person.class, "languages", "es;; en,").value())
        .isEqualTo(List.of(Language.ES, Language.EN));
    assertThat(check(Person.class, "otherLanguages", "Mam, K'iche' Maya").value())
        .isEqualTo(List.of("Mam", "K'iche' Maya"));
    assertThat(check(Person.class, "otherLanguages", "Q'anjob'al Maya").value())
        .isEqualTo(List.of("Q'anjob'al Maya"));
    assertThat(check(CaseFile.class, "supporters", "Rosa").explanation())
        .startsWith("must be a mapping of keys, but holds a single value");
  }

  @Test
  void namesAFieldTheRecordDoesNotHave() {
    assertThatThrownBy(() -> check(Person.class, "favouriteColour", "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Person has no favouriteColour");
  }

  @Test
  void wordsItsProblemsInTheInterviewsLanguage() {
    FieldAnswer answer =
        new FieldValidator(TODAY, Locale.forLanguageTag("es"), dir.resolve("case.yaml"))
            .check(Person.class, "aNumber", "A98765", "person");
    assertThat(answer.explanation()).startsWith("un número A tiene 8 o 9 dígitos; este tiene 5");
  }

  @Test
  void aFileWithoutAFolderResolvesAgainstTheWorkingFolder() {
    FieldAnswer answer =
        new FieldValidator(TODAY, Locale.ROOT, Path.of("case.yaml"))
            .check(Supporter.class, "letterFile", "no-such-letter.txt", "supporters[0]");
    assertThat(answer.explanation()).startsWith("file not found: \"no-such-letter.txt\"");
    assertThat(answer.problem().orElseThrow().format())
        .startsWith("case.yaml:1:1: supporters[0].letterFile: file not found");
  }

  @Test
  void refusesAnAnswerTheLoaderWouldRefuseInTheCaseFileItGoesInto() {
    // a name copied from a phone or a web page often carries an invisible left-to-right mark
    assertThat(check(Person.class, "familyNames", "López\u200E").explanation())
        .isEqualTo(
            "contains an invisible character that changes the direction of text (U+200E). delete"
                + " and retype the text; such characters can make a text display differently from"
                + " what it says");
    assertThat(check(Person.class, "nationality", "Guate\u0007malan").explanation())
        .isEqualTo(
            "contains a control character (U+0007). remove it; it is invisible in most editors, so"
                + " delete and retype the text around it");
    assertThat(check(Person.class, "otherLanguages", "Mam, K\u202Eiche'").isValid()).isFalse();
    assertThat(
            check(Person.class, "familyNames", "López\u200E").problem().orElseThrow().fieldPath())
        .isEqualTo("person.familyNames");
    assertThat(
            validator()
                .check(Sponsor.class, "name", "Rosa\u200E", "")
                .problem()
                .orElseThrow()
                .fieldPath())
        .isEqualTo("name");
    assertThat(
            check(Person.class, "nationality", "a".repeat(Limits.MAX_SCALAR_CHARS + 1))
                .explanation())
        .startsWith("is longer than 20000 characters");
  }
}
