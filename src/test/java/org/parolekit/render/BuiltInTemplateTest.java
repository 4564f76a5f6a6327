package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

class BuiltInTemplateTest {
  @Test
  void theListIsExactlyTheTemplatesTheToolShips() throws IOException {
    Path root = Path.of("templates");
    List<String> shipped;
    try (Stream<Path> files = Files.walk(root)) {
      shipped =
          files
              .filter(f -> f.toString().endsWith(".ftl"))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(BuiltInTemplate.allNames()).isEqualTo(shipped);
  }

  @Test
  void theLettersAndThePacketEachReadTheirOwnTemplates() {
    assertThat(BuiltInTemplate.names(BuiltInTemplate.Use.PACKET))
        .allMatch(n -> n.matches("(en|es)/packet-[a-z-]+\\.ftl"))
        .contains("es/packet-cover.ftl", "en/packet-section.ftl");
    assertThat(BuiltInTemplate.names(BuiltInTemplate.Use.LETTERS))
        .noneMatch(n -> n.contains("/packet-"))
        .contains("es/sponsor-letter.ftl", "en/translation-certificate.ftl")
        .doesNotContain("es/translation-certificate.ftl");
  }

  @Test
  void everyKindOfDocumentHasItsTemplate() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(BuiltInTemplate.of(kind).name(Language.EN))
          .isEqualTo("en/" + kind.slug() + ".ftl");
    }
    assertThatThrownBy(() -> BuiltInTemplate.TRANSLATION_CERTIFICATE.name(Language.ES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
