package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation is tied to the original it translates: when the original changes, it is out of
 * date.
 */
class TranslationCurrencyTest {
  private static final String SENTENCE = "La llevaré en mi carro a cada audiencia";

  @TempDir Path dir;

  private static String text(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void anEditedOriginalMakesItsTranslationOutOfDateInValidateLettersAndPacket() throws IOException {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace(SENTENCE, "La llevaré en autobús a cada audiencia");
    CliRun v = CliRun.run("validate", c.caseFile().toString());
    assertThat(v.exitCode()).as(v.toString()).isEqualTo(1);
    assertThat(v.out() + v.err())
        .contains(
            "translation-out-of-date",
            "sponsor.translation.translates",
            "the English translation for ICE no longer says what Rosa wrote",
            "ask the translator");

    Path out = dir.resolve("out");
    CliRun l = CliRun.run("letters", c.caseFile().toString(), "-o", out.toString());
    assertThat(l.exitCode()).as(l.toString()).isEqualTo(1);
    assertThat(text(out.resolve("02-sponsor-letter-rosa-hernandez-diaz-en.pdf"))).contains("DRAFT");
    assertThat(
            text(out.resolve("03-translation-certificate-sponsor-letter-rosa-hernandez-diaz.pdf")))
        .contains("DRAFT");
    assertThat(text(out.resolve("01-sponsor-letter-rosa-hernandez-diaz-es.pdf")))
        .doesNotContain("BORRADOR");

    CliRun p =
        CliRun.run("packet", c.caseFile().toString(), "-o", dir.resolve("packet.pdf").toString());
    assertThat(p.exitCode()).as(p.toString()).isEqualTo(1);
    assertThat(p.out() + p.err()).contains("DRAFT");
  }

  @Test
  void reWrappingTheOriginalChangesNothing() throws IOException {
    ExampleCopy c =
        ExampleCopy.of("maria-hernandez", dir)
            .replace(SENTENCE, "La llevaré en mi carro\n      a cada audiencia");
    CliRun v = CliRun.run("validate", c.caseFile().toString());
    assertThat(v.exitCode()).as(v.toString()).isZero();
    assertThat(v.out() + v.err()).doesNotContain("translation-out-of-date");
  }

  @Test
  void aTranslationThatRecordsNoOriginalIsWarnedAboutWithTheValueToWrite() throws IOException {
    ExampleCopy c = ExampleCopy.of("maria-hernandez", dir);
    String yaml = Files.readString(c.caseFile());
    Files.writeString(c.caseFile(), yaml.replaceFirst("\n    translates: [0-9a-f]+", ""));
    CliRun v = CliRun.run("validate", c.caseFile().toString());
    assertThat(v.out() + v.err())
        .as(v.toString())
        .containsPattern(
            "translation-unchecked.*\\n.*add translates: [0-9a-f]{12} under translation");
  }
}
