package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parolekit.model.Language;

class WordingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Otay Mesa Detention Center      | en el centro de detención Otay Mesa (Otay Mesa Detention"
            + " Center)",
        "Adelanto ICE Processing Center  | en el centro de detención Adelanto (Adelanto ICE"
            + " Processing Center)",
        "Irwin County Jail               | en la cárcel del condado de Irwin (Irwin County Jail)",
        "Krome                           | en Krome",
      })
  void aSpanishLetterSaysWhatKindOfPlaceHoldsThePerson(String facility, String spanish) {
    assertThat(Wording.inFacility(facility, Language.ES)).isEqualTo(spanish);
    assertThat(Wording.inFacility(facility, Language.EN)).isEqualTo("at " + facility);
  }
}
