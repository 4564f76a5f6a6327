package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parolekit.check.PersonMatcher.Kind;
import org.parolekit.check.PersonMatcher.NameMatch;

/**
 * How close a letter comes to the person's name, as the near-miss message quotes it: one letter
 * wrong, missing or added in a long name part is a misspelling; two letters wrong is another name.
 */
class PersonMatcherTest {
  private static final String NAME = "Octavio Ramírez Salgado";

  private static NameMatch match(String text) {
    return PersonMatcher.match(text, NAME, List.of());
  }

  @Test
  void oneLetterWrongMissingOrAddedIsAMisspellingQuotedAsWritten() {
    assertThat(match("I have known Octavio Ramirex Salgado for ten years."))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Ramirex Salgado"));
    assertThat(match("I have known Octavio Ramrez Salgado for ten years."))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Ramrez Salgado"));
    assertThat(match("I have known Octavio Ramirezz Salgado for ten years."))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Ramirezz Salgado"));
    assertThat(match("I have known Octavio Ramírez Salgad for ten years."))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Ramírez Salgad"));
    assertThat(match("I have known Octavio Ramírez Salgados for ten years."))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Ramírez Salgados"));
    assertThat(match("I have known Octavio Rramírez Salgado for ten years."))
        .as("a letter added at the front")
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Octavio Rramírez Salgado"));
  }

  @Test
  void aFiveLetterNamePartMayHaveOneLetterWrongAFourLetterOneMayNot() {
    assertThat(PersonMatcher.match("Lucía Ramoz is my niece.", "Lucía Ramos", List.of()))
        .isEqualTo(new NameMatch(Kind.MISSPELLED, "Lucía Ramoz"));
    assertThat(PersonMatcher.match("Lucía Ruis is my niece.", "Lucía Ruiz", List.of()))
        .isEqualTo(new NameMatch(Kind.FIRST_NAME_ONLY, "Lucía"));
  }

  @Test
  void twoLettersWrongIsNotTheName() {
    assertThat(match("I have known Octavio Ramiros Salgadu for ten years."))
        .isEqualTo(new NameMatch(Kind.FIRST_NAME_ONLY, "Octavio"));
    assertThat(match("I have known Octavio Ramirezzz for ten years."))
        .as("three letters added")
        .isEqualTo(new NameMatch(Kind.FIRST_NAME_ONLY, "Octavio"));
    assertThat(match("I have known Octavio Rmírex for ten years."))
        .as("one letter missing and one wrong")
        .isEqualTo(new NameMatch(Kind.FIRST_NAME_ONLY, "Octavio"));
  }

  @Test
  void aShortNamePartMustBeSpelledExactly() {
    NameMatch m = PersonMatcher.match("Re: Ivo Ruiz Paz", "Ana Ruiz Paz", List.of());
    assertThat(m.kind()).as("Ivo is not Ana").isEqualTo(Kind.NAME_DROPPED);
    assertThat(m.written()).isEqualTo("Ruiz Paz");
  }

  @Test
  void theClosestOfTheAcceptedSpellingsIsKept() {
    NameMatch m =
        PersonMatcher.match(
            "Tavo Salgado is my neighbour. Octavio works nights.",
            NAME,
            List.of("Tavo Salgado", "Octavio R. Salgado"));
    assertThat(m).isEqualTo(new NameMatch(Kind.EXACT, "Tavo Salgado"));
    assertThat(
            PersonMatcher.match(
                    "Octavio Ramirez Salgado", NAME, List.of("Octavio Ramírez", "Octavio Salgado"))
                .kind())
        .as("accents differ beats a spelling that drops a name")
        .isEqualTo(Kind.ACCENTS_DIFFER);
  }

  @Test
  void aSubjectLineWithAFamilyNameMisspelledStillNamesThePerson() {
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Octavio Ramirex\n\nDear Sir,", NAME))
        .isEmpty();
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Octavio Salgada\n\nDear Sir,", NAME))
        .isEmpty();
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Octavio Morales\n\nDear Sir,", NAME))
        .contains("Re: Octavio Morales");
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Ana Ruiz", "Ana Paz")).isPresent();
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Luis Pan", "Ana Paz"))
        .as("a family name of three letters is matched exactly")
        .isPresent();
  }

  @Test
  void aSubjectLineGivingAShortFamilyNameNamesThePerson() {
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Wei Li\n\nDear Officer,", "Wei Li"))
        .isEmpty();
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Thanh Vo\n\nDear Officer,", "Thanh Vo"))
        .isEmpty();
    assertThat(PersonMatcher.subjectNamingSomeoneElse("Re: Wei Chen\n\nDear Officer,", "Wei Li"))
        .contains("Re: Wei Chen");
  }
}
