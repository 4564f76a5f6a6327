package org.parolekit.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parolekit.model.Language;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.RenderedDocument;

class FileNamesTest {
  private static final java.util.regex.Pattern SAFE =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  static RenderedDocument doc(int sequence, String hint) {
    return new RenderedDocument(
        sequence,
        DocumentKind.SUPPORT_LETTER,
        Language.EN,
        "w",
        "t",
        hint,
        Optional.empty(),
        "",
        "",
        Map.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sponsor-letter-Rosa Hernández Díaz-es | sponsor-letter-rosa-hernandez-diaz-es",
        "Ana Lucía Peña Ñúñez | ana-lucia-pena-nunez",
        "../../etc/passwd | etc-passwd",
        "C:\\Windows\\system32 | c-windows-system32",
        "a<b>c:d\"e/f\\g?i*j | a-b-c-d-e-f-g-i-j",
        "CON | con-file",
        "nul.txt | nul-txt",
        "trailing dots... | trailing-dots",
        "   | document",
        "Øystein Ærø Straße | oystein-aero-strasse",
        "Łukasz Đorđević | lukasz-dordevic",
        "李小龍 | document",
        "Zoë Azúa 09 | zoe-azua-09",
      })
  void slugsAreSafeAsciiEverywhere(String text, String expected) {
    assertThat(FileNames.slug(text)).isEqualTo(expected.strip());
  }

  @Test
  void slugsOfRandomTextAreAlwaysSafe() {
    Random random = new Random(20261127L);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(300);
      for (int j = 0; j < len; j++) {
        b.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x80) : random.nextInt(0x3000));
      }
      String slug = FileNames.slug(b.toString());
      assertThat(slug).matches(SAFE).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH - 5);
    }
  }

  @Test
  void baseNamesAreNumberedBoundedAndUnique() {
    List<RenderedDocument> docs = new ArrayList<>();
    docs.add(doc(1, "support-letter-Ana Lucía Peña-en"));
    docs.add(doc(1, "support-letter-Ana Lucia Pena-en"));
    docs.add(doc(1, "support-letter-ANA LUCÍA PEÑA-en"));
    docs.add(doc(2, "x".repeat(500)));
    docs.add(doc(2, "x".repeat(501)));
    List<String> names = FileNames.baseNames(docs);
    assertThat(names)
        .containsExactly(
            "01-support-letter-ana-lucia-pena-en",
            "01-support-letter-ana-lucia-pena-en-2",
            "01-support-letter-ana-lucia-pena-en-3",
            ("02-" + "x".repeat(500)).substring(0, FileNames.MAX_LENGTH - 5),
            ("02-" + "x".repeat(500)).substring(0, FileNames.MAX_LENGTH - 7) + "-2");
    for (String n : names) {
      assertThat((n + ".html").length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
    }
  }
}
