package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} on letters, packet, templates list and batch: one JSON object on standard
 * output, nothing else.
 */
class JsonReportsTest {
  /** Refuses anything after the object, so a test sees that standard output holds nothing else. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir Path dir;

  @Test
  void lettersListTheFilesWrittenAndEachLettersCriteria() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters",
            "examples/emmanuel-tabi/case.yaml",
            "-o",
            out.toString(),
            "--format",
            "json",
            "--file-format",
            "pdf,txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("written").asBoolean()).isTrue();
    assertThat(root.get("exitCode").asInt()).isZero();
    assertThat(root.get("reasons")).isEmpty();
    List<String> paths = texts(root.get("files"), "path");
    assertThat(paths).hasSizeGreaterThan(2).allMatch(p -> Files.isRegularFile(Path.of(p)));
    assertThat(texts(root.get("files"), "format")).contains("pdf", "txt");
    JsonNode sponsor = root.get("letters").get(0);
    assertThat(sponsor.get("writer").asText()).isEqualTo("Grace Fon Ashu");
    assertThat(sponsor.get("criteria").get("identity").asText()).isEqualTo("met");
    assertThat(sponsor.get("criteria").get("flightRisk").asText()).isEqualTo("met");
    assertThat(sponsor.get("fallsShort").asBoolean()).isFalse();
    assertThat(root.get("summary").get("fallShort").asInt()).isZero();
    assertThat(r.out()).doesNotContain("A214-870-355", "A214870355");
  }

  @Test
  void lettersThatFallShortSayWhichAndWhy() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.run(
            "letters", "examples/incomplete/case.yaml", "-o", out.toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("exitCode").asInt()).isEqualTo(1);
    assertThat(texts(root.get("reasons"), null)).contains("letters-fall-short");
    assertThat(root.get("drafts")).isNotEmpty();
    assertThat(texts(root.get("letters"), "criteria")).isNotEmpty();
    assertThat(root.get("letters").findValuesAsText("danger")).contains("missing");
    assertThat(r.err()).contains("fall short");
    CliRun none =
        CliRun.run(
            "letters",
            "examples/incomplete/case.yaml",
            "-o",
            dir.resolve("none").toString(),
            "--format",
            "json",
            "--require-complete");
    JsonNode nothing = JSON.readTree(none.out());
    assertThat(nothing.get("written").asBoolean()).isFalse();
    assertThat(texts(nothing.get("reasons"), null)).contains("nothing-written");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void packetGivesItsPagesAndWhatIsMissing() throws IOException {
    Path pdf = dir.resolve("packet.pdf");
    CliRun r =
        CliRun.run(
            "packet", "examples/incomplete/case.yaml", "-o", pdf.toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("output").asText()).isEqualTo(pdf.toString());
    assertThat(root.get("pages").asInt()).isPositive();
    assertThat(root.get("draft").asBoolean()).isTrue();
    assertThat(root.get("missing")).isNotEmpty();
    assertThat(texts(root.get("reasons"), null)).containsExactly("draft");
    assertThat(r.out()).doesNotContain("098765432", "A098-765-432");
    assertThat(pdf).exists();
  }

  @Test
  void templatesListIsAJsonList() throws IOException {
    CliRun r = CliRun.run("templates", "list", "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> names = texts(JSON.readTree(r.out()).get("templates"), null);
    assertThat(names)
        .isNotEmpty()
        .isEqualTo(CliRun.run("templates", "list").out().lines().toList());
  }

  @Test
  void batchGivesTheItemsAndWhereTheReportsAre() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.batch(
            "examples/roster.csv",
            "-o",
            out.toString(),
            "--format",
            "json",
            "--file-format",
            "txt",
            "--jobs",
            "1");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("exitCode").asInt()).as(r.toString()).isEqualTo(r.exitCode());
    assertThat(Path.of(root.get("reports").get("json").asText())).isRegularFile();
    assertThat(root.get("items")).isNotEmpty();
    assertThat(root.get("summary").get("items").asInt()).isEqualTo(root.get("items").size());
    assertThat(r.out()).doesNotContain("people:");
  }

  @Test
  void aFailureIsStillOneJsonObject() throws IOException {
    CliRun r =
        CliRun.run(
            "letters",
            dir.resolve("missing.yaml").toString(),
            "-o",
            dir.resolve("o").toString(),
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(JSON.readTree(r.out()).get("error").get("exitCode").asInt()).isEqualTo(3);
  }

  /** The text of each element (or of its {@code field}). */
  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(
        n ->
            texts.add(
                field == null ? n.asText() : n.get(field).toString().replaceAll("^\"|\"$", "")));
    return texts;
  }
}
