package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.output.OutputWriter;

/**
 * Writes the sample cases' documents to a folder and checks every file is there, whole: a temporary
 * folder, or {@code -Dsamples.dir=/some/folder} for a person to look at them.
 */
class SampleOutputTest {
  @TempDir Path temp;

  @Test
  void everySampleDocumentIsWrittenInEveryFormat() throws Exception {
    LetterService service = new LetterService();
    RenderResult maria =
        service.render(Fixtures.maria(), LetterOptions.defaults(Fixtures.LETTER_DATE));
    RenderResult joseph =
        service.render(Fixtures.joseph(), LetterOptions.defaults(Fixtures.LETTER_DATE));
    assertThat(maria.documents()).hasSize(14);
    String asked = System.getProperty("samples.dir");
    Path out = asked != null ? Path.of(asked) : temp;
    checkWritten(maria, out.resolve("maria"));
    checkWritten(joseph, out.resolve("joseph"));
  }

  private static void checkWritten(RenderResult result, Path folder) throws Exception {
    List<OutputWriter.WrittenFile> written =
        new OutputWriter().write(result.documents(), folder, true);
    int expected = result.documents().stream().mapToInt(d -> d.outputs().size()).sum();
    assertThat(written).hasSize(expected);
    try (var files = Files.list(folder)) {
      assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).hasSize(expected);
    }
    for (OutputWriter.WrittenFile f : written) {
      assertThat(Files.readAllBytes(f.path()))
          .as(f.path().toString())
          .isEqualTo(f.document().output(f.format()).orElseThrow());
      if (f.format() == OutputFormat.PDF) {
        try (PDDocument d = Loader.loadPDF(f.path().toFile())) {
          assertThat(d.getNumberOfPages()).as(f.path().toString()).isPositive();
        }
      }
    }
  }
}
