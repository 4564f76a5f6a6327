package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {
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
    assertThat(WrappedLines.join(page))
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
            WrappedLines.join(
                "A line that is long enough to be full width.\n \nNext paragraph here, long.\n"))
        .isEqualTo("A line that is long enough to be full width.\n\nNext paragraph here, long.\n");
  }

  @Test
  void aHardWrappedEmailIsJoinedBackIntoItsParagraphsAndKeepsItsShortLines() {
    String mail =
        String.join(
            "\n",
            "Dear Officer Reyes,",
            "",
            "I am writing about Tomás Quispe Mamani, a neighbor of mine for six years,",
            "who has been held since March at the Otay Mesa Detention Center in San",
            "Diego. He has shoveled the snow off our steps every winter and fixed the",
            "fence when it fell down, and I trust him with my keys.",
            "",
            "Sincerely,",
            "Lorna Whitcombe");
    assertThat(WrappedLines.unwrap(mail))
        .isEqualTo(
            String.join(
                "\n",
                "Dear Officer Reyes,",
                "",
                "I am writing about Tomás Quispe Mamani, a neighbor of mine for six years, who has"
                    + " been held since March at the Otay Mesa Detention Center in San Diego. He"
                    + " has shoveled the snow off our steps every winter and fixed the fence when"
                    + " it fell down, and I trust him with my keys.",
                "",
                "Sincerely,",
                "Lorna Whitcombe"));
  }

  @Test
  void aPhonesNarrowWrapIsJoinedButALetterheadIsNot() {
    String phone =
        String.join(
            "\n",
            "Rubén Ocampo",
            "4410 Fremont Street",
            "Reno, NV 89502",
            "",
            "hi this is about Dario, we drive",
            "the same route for the county and",
            "in six years I have never seen him",
            "lose his temper with anybody.",
            "");
    assertThat(WrappedLines.unwrap(phone))
        .isEqualTo(
            "Rubén Ocampo\n4410 Fremont Street\nReno, NV 89502\n\nhi this is about Dario, we"
                + " drive the same route for the county and in six years I have never seen him"
                + " lose his temper with anybody.\n");
  }

  @Test
  void aLetterTypedWithOneLinePerParagraphIsLeftAsItIs() {
    String typed =
        String.join(
            "\n",
            "November 3, 2026",
            "Re: Tomás Quispe Mamani",
            "I am writing about Tomás Quispe Mamani, a neighbor of mine for six years, who has been"
                + " held since March at the Otay Mesa Detention Center in San Diego",
            "He has fixed our fence, and we trust him with our keys",
            "Sincerely,",
            "Lorna Whitcombe");
    assertThat(WrappedLines.unwrap(typed)).isSameAs(typed);
  }

  @Test
  void twoLongLinesWithoutAFullStopAreNotYetAHardWrap() {
    String text =
        "Our parish has prayed for Tomás every Sunday since March\n"
            + "The children of the school wrote to him at Christmas time\n"
            + "Thank you.";
    assertThat(WrappedLines.unwrap(text)).isSameAs(text);
  }
}
