package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parolekit.output.OutputWriter;

/**
 * Writes the sample cases' documents to a folder for a person to look at, when run with {@code
 * -Dsamples.dir=/some/folder}; otherwise only renders them.
 */
class SampleOutputTest {
  @Test
  void writesSamplesWhenAsked() throws Exception {
    LetterService service = new LetterService();
    RenderResult maria = service.render(Fixtures.maria(), LetterOptions.defaults(Fixtures.LETTER_DATE));
    RenderResult joseph = service.render(Fixtures.joseph(), LetterOptions.defaults(Fixtures.LETTER_DATE));
    assertThat(maria.documents()).hasSize(14);
    String dir = System.getProperty("samples.dir");
    if (dir != null) {
      Path out = Path.of(dir);
      new OutputWriter().write(maria.documents(), out.resolve("maria"), true);
      new OutputWriter().write(joseph.documents(), out.resolve("joseph"), true);
      assertThat(Files.list(out.resolve("maria"))).isNotEmpty();
    }
  }
}
