package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.model.Person;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Damages a valid case file at random (fixed seed, so a failure reproduces) and checks that the
 * loader rejects what a strict YAML parser and the published schema reject, that what it accepts
 * holds the values written, and that its problems are located and keep the A-number and birth date
 * out.
 */
class MutatedCaseTest {
  private static final long SEED = 20261127L;
  private static final String[] PIECES = {
    ":", "-", " ", "  ", "\n", "[", "]", "{", "}", "&a ", "*a", "!x ", "!!str ", "\"", "'", "#",
    "|", ">", "\t", "é", "\u202E", "\u0000", "---\n", "? ", ",", "~", "null", "yes", "0x1F", "<<: "
  };

  @TempDir Path dir;

  @Test
  void damagedFilesFailOnlyWithLocatedProblemsThatKeepPersonalDataOut() throws Exception {
    Files.write(dir.resolve("letter.txt"), "Dear Officer,\n".getBytes(StandardCharsets.UTF_8));
    String valid =
        LoaderFixtures.MINIMAL.replace("aNumber: A123-456-789", "aNumber: A987-654-321")
            + """
            sponsor:
              name: Rosa Díaz
              relationship: aunt
              since: 1994
              immigrationStatus: citizen
              address: {street: 1420 Calle Ocho, city: Chula Vista, state: CA, postalCode: "91910"}
              phone: (619) 555-0143
              language: es
              commitments:
                housing: yes
              letterFile: letter.txt
            """;
    new CaseLoader(LoaderFixtures.TODAY).load(LoaderFixtures.write(dir, "case.yaml", valid));
    JsonNode schema =
        new ObjectMapper().readTree(Path.of("examples/parolekit-case.schema.json").toFile());
    Random random = new Random(SEED);
    int rejected = 0;
    for (int i = 0; i < 400; i++) {
      String damaged = damage(valid, random);
      Path file = LoaderFixtures.write(dir, "case.yaml", damaged);
      Optional<String> wrong = independentProblem(damaged, schema);
      try {
        LoadedCase loaded = new CaseLoader(LoaderFixtures.TODAY).load(file);
        assertThat(wrong)
            .as("mutation %d was accepted but is not a valid case:%n%s", i, damaged)
            .isEmpty();
        assertSameAsWritten(loaded.caseFile().person(), damaged, i);
      } catch (CaseFileException e) {
        rejected++;
        assertThat(e.problems())
            .isNotEmpty()
            .allSatisfy(
                p -> {
                  assertThat(p.format())
                      .doesNotContain("987-654-321")
                      .doesNotContain("987654321")
                      .doesNotContain("1990-01-02");
                  assertThat(p.file()).isEqualTo(file);
                });
      } catch (RuntimeException e) {
        fail("mutation " + i + " threw " + e + " for:\n" + damaged, e);
      }
    }
    assertThat(rejected).as("damaged files rejected").isGreaterThan(100);
  }

  /**
   * Why {@code yaml} is not a valid case, judged without the loader: YAML that a strict parser
   * refuses (duplicate keys, unknown tags, broken syntax), keys the published schema does not know,
   * or keys it requires that are missing.
   */
  private static Optional<String> independentProblem(String yaml, JsonNode schema) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Resolver stringsOnly =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {}
        };
    Object tree;
    try {
      tree =
          new Yaml(
                  new SafeConstructor(options),
                  new Representer(new DumperOptions()),
                  new DumperOptions(),
                  options,
                  stringsOnly)
              .load(yaml);
    } catch (RuntimeException e) {
      return Optional.of("not YAML: " + e.getClass().getSimpleName());
    }
    return shape(tree, schema, schema, "");
  }

  private static Optional<String> shape(Object value, JsonNode node, JsonNode root, String path) {
    JsonNode s = node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    if (s.has("properties")) {
      if (!(value instanceof Map<?, ?> map)) {
        return Optional.of(path + ": not a mapping");
      }
      for (JsonNode required : s.path("required")) {
        if (!map.containsKey(required.asText())) {
          return Optional.of(path + "." + required.asText() + ": missing");
        }
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        JsonNode property = s.get("properties").get(String.valueOf(e.getKey()));
        if (property == null) {
          return Optional.of(path + "." + e.getKey() + ": unknown key");
        }
        Optional<String> inner = shape(e.getValue(), property, root, path + "." + e.getKey());
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** The person the loader read is the one the damaged text names, value by value. */
  private static void assertSameAsWritten(Person person, String yaml, int mutation) {
    Map<?, ?> written =
        (Map<?, ?>)
            ((Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml))
                .get("person");
    assertThat(person.givenNames())
        .as("mutation %d", mutation)
        .isEqualTo(String.valueOf(written.get("givenNames")).strip());
    assertThat(person.familyNames())
        .as("mutation %d", mutation)
        .isEqualTo(String.valueOf(written.get("familyNames")).strip());
    assertThat(person.aNumber().digits())
        .as("mutation %d", mutation)
        .isEqualTo(
            String.format("%9s", String.valueOf(written.get("aNumber")).replaceAll("[^0-9]", ""))
                .replace(' ', '0'));
  }

  private static String damage(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int line = random.nextInt(lines.size());
      String s = lines.get(line);
      int at = s.isEmpty() ? 0 : random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 ->
            lines.set(
                line, s.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + s.substring(at));
        case 1 -> lines.set(line, s.isEmpty() ? s : s.substring(0, at) + s.substring(at + 1));
        case 2 -> lines.add(line, s);
        default -> lines.remove(line);
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
