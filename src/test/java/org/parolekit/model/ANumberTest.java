package org.parolekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ANumberTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"A123456789", "a123-456-789", "123456789", "A 123 456 789", " A123-456-789 "})
  void readsTheFormsPeopleWrite(String text) {
    assertThat(ANumber.parse(text).formatted()).isEqualTo("A123-456-789");
  }

  @Test
  void eightDigitNumbersGetTheirLeadingZero() {
    assertThat(ANumber.parse("A12345678").formatted()).isEqualTo("A012-345-678");
    assertThat(ANumber.parse("012345678").formatted()).isEqualTo("A012-345-678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A1234567", "A1234567890", "B123456789", "A12345678X", "", "A"})
  void refusesWhatIsNotAnANumber(String text) {
    assertThatThrownBy(() -> ANumber.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void neverPrintsTheNumberByAccident() {
    assertThat(ANumber.parse("A123456789").toString()).doesNotContain("123");
  }
}
