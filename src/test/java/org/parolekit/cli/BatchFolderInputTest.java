package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A folder given to {@code batch} is searched for case files: {@code case.yaml} and {@code
 * *.case.yaml}, not other YAML, not hidden folders, not the output folder inside it.
 */
class BatchFolderInputTest {
  @TempDir Path dir;

  @Test
  void aFolderYieldsItsCaseFilesAndNothingElse() throws IOException {
    Path root = dir.resolve("cases");
    Files.createDirectories(root);
    Path emmanuel = ExampleCopy.of("emmanuel-tabi", root).caseFile();
    Path maria = ExampleCopy.of("maria-hernandez", root).caseFile();
    Path mariaRenamed = maria.resolveSibling("maria.case.yaml");
    Files.move(maria, mariaRenamed);
    Path hidden = ExampleCopy.of("incomplete", root).folder();
    Files.move(hidden.getParent(), root.resolve(".hidden"));
    Path notes = root.resolve("notes/other.yaml");
    Files.createDirectories(notes.getParent());
    Files.copy(emmanuel, notes);
    Path out = root.resolve("out");
    Files.createDirectories(out.resolve("earlier"));
    Files.copy(emmanuel, out.resolve("earlier/case.yaml"));

    CliRun r = CliRun.batch(root.toString(), "-o", out.toString(), "--format", "json");

    // Emmanuel's case has no organization section: its item fails, and so the batch exits 1.
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> inputs = new ArrayList<>();
    json.get("items").forEach(item -> inputs.add(item.get("input").asText()));
    assertThat(inputs).containsExactlyInAnyOrder(emmanuel.toString(), mariaRenamed.toString());
    assertThat(json.get("summary").get("generated").asInt()).isEqualTo(1);
    assertThat(json.get("reasons").toString()).isEqualTo("[\"failed\"]");
  }
}
