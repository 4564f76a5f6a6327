package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parolekit.check.StatementCoverage.Fact;

/**
 * What a writer's own words already say, so that the letter built around them does not say it
 * again: each fact is read from the words that state it, in English and Spanish, and not from words
 * that deny it or say something else.
 */
class StatementCoverageTest {
  private static final StatementCoverage COVERAGE = new StatementCoverage();

  @Test
  void eachCommitmentIsReadFromTheWordsThatMakeItAndNoOther() {
    assertThat(COVERAGE.covered("Tomasz will live with me in my apartment."))
        .containsExactly(Fact.HOUSING);
    assertThat(COVERAGE.covered("I will pay for his food and his medical bills."))
        .containsExactly(Fact.FINANCIAL_SUPPORT);
    assertThat(COVERAGE.covered("I will drive him to every hearing."))
        .containsExactly(Fact.TRANSPORT);
    assertThat(COVERAGE.covered("I am a permanent resident of the United States."))
        .containsExactly(Fact.STATUS);
  }

  @Test
  void spanishWordsCoverTheSameFacts() {
    assertThat(COVERAGE.covered("Ofelia vivirá conmigo en mi casa.")).containsExactly(Fact.HOUSING);
    assertThat(COVERAGE.covered("Soy ciudadana de los Estados Unidos."))
        .containsExactly(Fact.STATUS);
  }

  @Test
  void whoTheWriterIsAndSinceWhenAreReadByTheLetterDetectors() {
    assertThat(COVERAGE.covered("I am his older sister. I have known him since 2009."))
        .contains(Fact.RELATIONSHIP, Fact.ACQUAINTANCE)
        .doesNotContain(Fact.HOUSING, Fact.FINANCIAL_SUPPORT, Fact.TRANSPORT, Fact.STATUS);
  }

  @Test
  void aPromiseToAttendEveryHearingIsTheAppearanceFact() {
    assertThat(
            COVERAGE.covered(
                "I know that he will attend every hearing and comply with every condition."))
        .contains(Fact.APPEARANCE);
  }

  @Test
  void aDeniedCommitmentIsNotCovered() {
    assertThat(COVERAGE.covered("Ofelia no vivirá conmigo, porque mi contrato no lo permite."))
        .doesNotContain(Fact.HOUSING);
    // The negation inside the matched words ("will not live") turns it around too, so the
    // letter built from the case still states the housing the sponsor offers.
    assertThat(COVERAGE.covered("Tomasz will not live with me; my lease does not allow it."))
        .doesNotContain(Fact.HOUSING);
  }

  @Test
  void wordsThatStateNoFactCoverNothing() {
    assertThat(COVERAGE.covered("He likes to fix old bicycles on Sunday afternoons.")).isEmpty();
    assertThat(COVERAGE.covered("   \n ")).isEmpty();
    assertThat(COVERAGE.covered(null)).isEmpty();
  }

  @Test
  void theStreetAddressIsMentionedByHouseNumberAndStreetName() {
    String words = "He will stay in our home at 742 Oleander Avenue, near the school.";
    assertThat(COVERAGE.mentionsAddress(words, "742 Oleander Avenue")).isTrue();
    assertThat(COVERAGE.mentionsAddress(words, "742 OLEANDER AVE")).isTrue();
    assertThat(COVERAGE.mentionsAddress(words, "55 Oleander Avenue")).isFalse();
    assertThat(COVERAGE.mentionsAddress(words, "742 Magnolia Street")).isFalse();
    assertThat(COVERAGE.mentionsAddress(words, "Oleander Avenue"))
        .as("a street without a house number is no address to look for")
        .isFalse();
    assertThat(COVERAGE.mentionsAddress(null, "742 Oleander Avenue")).isFalse();
  }

  @Test
  void aPhraseIsMentionedWhateverItsCaseAndAccents() {
    String words = "Trabajo como cocinera en la Panadería Santa Rosa desde hace seis años.";
    assertThat(COVERAGE.mentions(words, "  panaderia santa rosa ")).isTrue();
    assertThat(COVERAGE.mentions(words, "COCINERA")).isTrue();
    assertThat(COVERAGE.mentions(words, "enfermera")).isFalse();
    assertThat(COVERAGE.mentions(words, " ")).as("a blank phrase says nothing").isFalse();
    assertThat(COVERAGE.mentions(words, null)).isFalse();
    assertThat(COVERAGE.mentions(null, "cocinera")).isFalse();
  }
}
