package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfParagraphsTest {
  @Test
  void linesBrokenByTheLayoutAreJoinedAndShortLinesStay() {
    String page =
        String.join(
            "\n",
            "1187 Third Avenue, Apt 4",
            " Chula Vista, CA 91911",
            " I have known María José Hernández López since we were seven years old. We ",
            " grew up on the same street in San Pedro Sula, went to the same school, and ",
            " stayed close. She is the gentlest person I know and has never hurt any-",
            " one, and her A-number A012-345-",
            "678 is on every page.",
            " Sincerely,",
            " Jennifer Morales");
    assertThat(PdfParagraphs.join(page))
        .isEqualTo(
            String.join(
                "\n",
                "1187 Third Avenue, Apt 4",
                "Chula Vista, CA 91911",
                "I have known María José Hernández López since we were seven years old. We grew up"
                    + " on the same street in San Pedro Sula, went to the same school, and stayed"
                    + " close. She is the gentlest person I know and has never hurt anyone, and her"
                    + " A-number A012-345-678 is on every page.",
                "Sincerely,",
                "Jennifer Morales"));
  }

  @Test
  void aBlankLineEndsAParagraph() {
    assertThat(
            PdfParagraphs.join(
                "A line that is long enough to be full width.\n \nNext paragraph here, long.\n"))
        .isEqualTo("A line that is long enough to be full width.\n\nNext paragraph here, long.\n");
  }
}
