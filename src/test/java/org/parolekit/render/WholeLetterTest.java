package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Supporter;
import org.parolekit.model.Translation;

class WholeLetterTest {
  @TempDir Path dir;

  private static LoadedCase withSupporter(Supporter s) {
    CaseFile c =
        new CaseFile(
            Fixtures.mariaPerson(Pronouns.SHE),
            null,
            List.of(s),
            null,
            new PreparedBy(PreparerRole.VOLUNTEER, "Carmen Ibáñez", null),
            List.of(),
            Fixtures.LETTER_DATE);
    return new LoadedCase(Path.of("case.yaml"), c, Optional.empty());
  }

  private static Supporter pastorWith(FileRef letter, Translation translation) {
    Supporter p = Fixtures.pastor();
    return new Supporter(
        p.name(),
        p.role(),
        p.relationship(),
        p.since(),
        p.occupation(),
        p.immigrationStatus(),
        p.address(),
        p.phone(),
        p.email(),
        p.language(),
        null,
        translation,
        letter);
  }

  private FileRef write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new FileRef(name, file);
  }

  private RenderResult render(LoadedCase c) {
    return new LetterService().render(c, LetterOptions.defaults(Fixtures.LETTER_DATE));
  }

  @Test
  void aSpanishWholeLetterWithoutItsTranslationFileIsSkippedInEnglish() {
    Supporter s =
        pastorWith(
            Fixtures.file("pastor-letter-es.md"),
            new Translation(Fixtures.danielRuiz(), null, null, null, null, null, null));
    RenderResult r = render(withSupporter(s));
    assertThat(r.documents())
        .extracting(d -> d.kind().slug() + " " + d.language().yamlName())
        .containsExactly("support-letter es", "writing-guide es");
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("translation.letterFile"));
  }

  @Test
  void markdownLettersKeepTheirStructureButNeverRawHtml() throws IOException {
    FileRef es =
        write(
            "carta.md",
            "Hola.\n\n<script>alert(1)</script>\n\nTexto con <b>negrita falsa</b> y **negrita**.\n"
                .getBytes(StandardCharsets.UTF_8));
    FileRef en =
        write(
            "letter.md",
            "Hello.\n\n<script>alert(1)</script>\n\nText with **bold**.\n"
                .getBytes(StandardCharsets.UTF_8));
    RenderResult r =
        render(
            withSupporter(
                pastorWith(
                    es, new Translation(Fixtures.danielRuiz(), null, null, null, null, en, null))));
    RenderedDocument original = r.documents().get(0);
    assertThat(original.language()).isEqualTo(Language.ES);
    assertThat(original.text())
        .contains("<script>alert(1)</script>")
        .contains("Texto con <b>negrita falsa</b> y negrita.");
    assertThat(original.html().orElseThrow())
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("<strong>negrita</strong>");
    assertThat(r.documents().get(1).text()).contains("Text with bold.");
  }

  @Test
  void aLetterThatIsNotUtf8IsATypedInputError() throws IOException {
    FileRef latin1 = write("carta.txt", "Año de la niñez".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> render(withSupporter(pastorWith(latin1, null))))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> {
              assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
              assertThat(e.getMessage()).contains("carta.txt").contains("UTF-8");
            });
  }

  @Test
  void aLetterInAnotherFormatIsRefused() throws IOException {
    FileRef rtf = write("carta.rtf", new byte[] {1, 2, 3});
    assertThatThrownBy(() -> render(withSupporter(pastorWith(rtf, null))))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining(".txt, .md or .docx");
    FileRef damaged = write("carta.docx", new byte[] {1, 2, 3});
    assertThatThrownBy(() -> render(withSupporter(pastorWith(damaged, null))))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT))
        .hasMessageContaining("carta.docx")
        .hasMessageContaining("Word document");
  }
}
