package org.parolekit.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.model.Language;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderedDocument;

class OutputWriterTest {
  @TempDir Path dir;

  private static RenderedDocument doc(int sequence, String hint, String body) {
    Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
    outputs.put(OutputFormat.TXT, body.getBytes(StandardCharsets.UTF_8));
    outputs.put(OutputFormat.PDF, ("%PDF " + body).getBytes(StandardCharsets.UTF_8));
    return new RenderedDocument(
        sequence,
        DocumentKind.SPONSOR_LETTER,
        Language.ES,
        "Rosa",
        "t",
        hint,
        Optional.empty(),
        body,
        body,
        outputs);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryFormatUnderSafeNames() throws IOException {
    List<OutputWriter.WrittenFile> written =
        new OutputWriter()
            .write(List.of(doc(1, "sponsor-letter-Rosa Hernández Díaz-es", "hola")), dir, false);
    assertThat(written).hasSize(2);
    assertThat(listing())
        .containsExactly(
            "01-sponsor-letter-rosa-hernandez-diaz-es.pdf",
            "01-sponsor-letter-rosa-hernandez-diaz-es.txt");
    assertThat(Files.readString(dir.resolve("01-sponsor-letter-rosa-hernandez-diaz-es.txt")))
        .isEqualTo("hola");
  }

  @Test
  void aFileLeftByAKilledRunIsKeptWhenItHoldsTheSameBytesAndAnyOtherFileStopsTheWrite()
      throws IOException {
    List<RenderedDocument> docs = List.of(doc(1, "a", "one"), doc(2, "b", "two"));
    Files.writeString(dir.resolve("01-a.txt"), "one");
    Files.writeString(dir.resolve("01-a.pdf"), "%PDF one");
    List<OutputWriter.WrittenFile> written =
        new OutputWriter().write(docs, dir, OutputWriter.Existing.KEEP_IDENTICAL);
    assertThat(written).hasSize(4);
    assertThat(listing()).containsExactly("01-a.pdf", "01-a.txt", "02-b.pdf", "02-b.txt");
    assertThat(Files.readString(dir.resolve("02-b.txt"))).isEqualTo("two");

    Files.writeString(dir.resolve("02-b.txt"), "the user's own words");
    Files.delete(dir.resolve("01-a.pdf"));
    assertThatThrownBy(
            () -> new OutputWriter().write(docs, dir, OutputWriter.Existing.KEEP_IDENTICAL))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining("02-b.txt")
        .hasMessageContaining("already exists");
    assertThat(Files.readString(dir.resolve("02-b.txt"))).isEqualTo("the user's own words");
    assertThat(listing()).containsExactly("01-a.txt", "02-b.pdf", "02-b.txt");
  }

  @Test
  void anExistingFileIsNotReplacedWithoutForceAndNothingElseIsWritten() throws IOException {
    Files.writeString(dir.resolve("02-b.txt"), "keep me");
    List<RenderedDocument> docs = List.of(doc(1, "a", "one"), doc(2, "b", "two"));
    assertThatThrownBy(() -> new OutputWriter().write(docs, dir, false))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> {
              assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
              assertThat(e.getMessage()).contains("02-b.txt").contains("already exists");
            });
    assertThat(listing()).containsExactly("02-b.txt");
    assertThat(Files.readString(dir.resolve("02-b.txt"))).isEqualTo("keep me");
  }

  @Test
  void forceReplacesAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(dir.resolve("01-a.txt"), "old");
    new OutputWriter().write(List.of(doc(1, "a", "new")), dir, true);
    assertThat(Files.readString(dir.resolve("01-a.txt"))).isEqualTo("new");
    assertThat(listing()).containsExactly("01-a.pdf", "01-a.txt");
  }

  @Test
  void aFolderInTheWayIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("01-a.pdf"));
    assertThatThrownBy(() -> new OutputWriter().write(List.of(doc(1, "a", "x")), dir, true))
        .isInstanceOf(ParolekitException.class)
        .hasMessageContaining("01-a.pdf");
    assertThat(listing()).containsExactly("01-a.pdf");
  }

  @Test
  void hostileNameHintsStayInsideTheFolder() throws IOException {
    Path out = dir.resolve("out");
    new OutputWriter()
        .write(List.of(doc(1, "../../../etc/passwd", "x"), doc(2, "/abs/olute", "y")), out, false);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "01-etc-passwd.pdf", "01-etc-passwd.txt", "02-abs-olute.pdf", "02-abs-olute.txt");
    }
    assertThat(listing()).containsExactly("out");
  }

  @Test
  void anUnwritableFolderIsAnOutputFailure() throws IOException {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    assertThatThrownBy(
            () -> new OutputWriter().write(List.of(doc(1, "a", "x")), file.resolve("sub"), false))
        .isInstanceOfSatisfying(
            ParolekitException.class,
            e -> assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED));
  }
}
