package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
  @Test
  void rendersEveryDocumentOfMariasCase() throws Exception {
    RenderResult result = new LetterService().render(Fixtures.maria(), LetterOptions.defaults(Fixtures.LETTER_DATE));
    assertThat(result.documents()).isNotEmpty();
    String dir = System.getProperty("render.dump");
    if (dir != null) {
      Path out = Path.of(dir);
      Files.createDirectories(out);
      for (RenderedDocument d : result.documents()) {
        String base = String.format("%02d-%s", d.sequence(), d.nameHint().replaceAll("[^A-Za-z0-9-]", "_"));
        Files.write(out.resolve(base + ".pdf"), d.output(OutputFormat.PDF).orElseThrow());
        Files.writeString(out.resolve(base + ".txt"), d.text());
        Files.writeString(out.resolve(base + ".md"), d.markdown());
      }
    }
  }
}
