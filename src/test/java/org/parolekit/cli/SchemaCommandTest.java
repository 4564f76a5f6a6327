package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void theSchemasShippedWithTheExamplesAreTheOnesTheModelGenerates() throws IOException {
    CliRun caseSchema = CliRun.run("schema");
    assertThat(caseSchema.exitCode()).as(caseSchema.toString()).isZero();
    assertThat(caseSchema.out())
        .as(
            "examples/parolekit-case.schema.json is stale: run `bin/parolekit schema >"
                + " examples/parolekit-case.schema.json`")
        .isEqualTo(
            Files.readString(
                Path.of("examples/parolekit-case.schema.json"), StandardCharsets.UTF_8));
    CliRun orgSchema = CliRun.run("schema", "--organization");
    assertThat(orgSchema.out())
        .as("examples/parolekit-organization.schema.json is stale")
        .isEqualTo(
            Files.readString(
                Path.of("examples/parolekit-organization.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void everyExampleBeginsWithAnEditorHintThatPointsToAnExistingSchema() throws IOException {
    Pattern hint = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)");
    List<Path> yamls;
    try (Stream<Path> s = Files.walk(Path.of("examples"))) {
      yamls = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(yamls).hasSizeGreaterThanOrEqualTo(4);
    for (Path y : yamls) {
      String first = Files.readAllLines(y, StandardCharsets.UTF_8).get(0);
      Matcher m = hint.matcher(first);
      assertThat(m.find()).as(y + " begins with the schema hint").isTrue();
      assertThat(y.getParent().resolve(m.group(1)))
          .as(y + " points to a schema that exists")
          .isRegularFile();
    }
  }
}
