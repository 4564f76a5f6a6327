package org.parolekit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parolekit.model.ANumber;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Required;

class CaseFileSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void describesEveryComponentOfEveryRecordWithTheRightRequiredKeys() throws Exception {
    checkAllRecords(CaseFile.class, JSON.readTree(CaseFileSchema.caseFile()));
    checkAllRecords(OrganizationProfile.class, JSON.readTree(CaseFileSchema.organizationProfile()));
  }

  private static void checkAllRecords(Class<?> root, JsonNode schema) {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    for (Class<?> type : recordsReachableFrom(root)) {
      JsonNode node = type == root ? schema : schema.get("$defs").get(type.getSimpleName());
      assertThat(node).as(type.getSimpleName()).isNotNull();
      List<String> components =
          Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
      List<String> required =
          Arrays.stream(type.getRecordComponents())
              .filter(c -> c.isAnnotationPresent(Required.class))
              .map(RecordComponent::getName)
              .toList();
      assertThat(node.get("type").asText()).isEqualTo("object");
      assertThat(fieldNames(node.get("properties")))
          .as(type.getSimpleName())
          .containsExactlyElementsOf(components);
      assertThat(node.has("required") ? texts(node.get("required")) : List.of())
          .as(type.getSimpleName())
          .containsExactlyElementsOf(required);
      assertThat(node.get("additionalProperties").asBoolean(true)).isFalse();
      for (String name : components) {
        assertThat(node.get("properties").get(name).has("description"))
            .as(type.getSimpleName() + "." + name)
            .isTrue();
      }
    }
  }

  private static Set<Class<?>> recordsReachableFrom(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.remove(0);
      if (!found.add(type)) {
        continue;
      }
      for (RecordComponent rc : type.getRecordComponents()) {
        Type t = rc.getGenericType();
        Class<?> c =
            t instanceof ParameterizedType p
                ? (Class<?>) p.getActualTypeArguments()[0]
                : rc.getType();
        if (c.isRecord() && c != ANumber.class && c != PartialDate.class && c != FileRef.class) {
          todo.add(c);
        }
      }
    }
    return found;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void describesValueTypesEnumsListsAndExamples() throws Exception {
    JsonNode schema = JSON.readTree(CaseFileSchema.caseFile());
    JsonNode person = schema.get("$defs").get("Person").get("properties");
    assertThat(person.get("aNumber").get("pattern").asText())
        .isEqualTo(CaseFileSchema.A_NUMBER_PATTERN);
    assertThat(person.get("aNumber").get("examples").get(0).asText()).isEqualTo("A123-456-789");
    assertThat(person.get("dateOfBirth").get("format").asText()).isEqualTo("date");
    assertThat(person.get("dateOfBirth").get("pattern").asText())
        .isEqualTo("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    assertThat(texts(person.get("pronouns").get("enum"))).containsExactly("she", "he", "they");
    assertThat(person.get("languages").get("type").asText()).isEqualTo("array");
    assertThat(texts(person.get("languages").get("items").get("enum"))).containsExactly("en", "es");
    assertThat(texts(person.get("languages").get("examples").get(0))).containsExactly("es");
    assertThat(person.get("detention").get("$ref").asText()).isEqualTo("#/$defs/Detention");
    JsonNode detention = schema.get("$defs").get("Detention").get("properties");
    assertThat(texts(detention.get("fieldOffice").get("enum")))
        .contains("san-diego", "st-paul", "new-york-city");
    JsonNode sponsor = schema.get("$defs").get("Sponsor").get("properties");
    assertThat(sponsor.get("since").get("pattern").asText())
        .isEqualTo("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    assertThat(
            texts(
                schema
                    .get("$defs")
                    .get("Sponsor")
                    .get("properties")
                    .get("immigrationStatus")
                    .get("enum")))
        .containsExactly("citizen", "permanent-resident", "other");
    assertThat(sponsor.get("letterFile").get("type").asText()).isEqualTo("string");
    JsonNode housing = schema.get("$defs").get("Commitments").get("properties").get("housing");
    assertThat(housing.get("anyOf").get(0).get("type").asText()).isEqualTo("boolean");
    Pattern yesNo = Pattern.compile(housing.get("anyOf").get(1).get("pattern").asText());
    assertThat(List.of("yes", "No", "TRUE", "Sí", "si")).allMatch(w -> yesNo.matcher(w).matches());
    assertThat(yesNo.matcher("maybe").matches()).isFalse();
    assertThat(schema.get("description").asText()).startsWith("A parolekit case file");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A123456789",
        "a123-456-789",
        "123456789",
        "A 123 456 789",
        " A123-456-789 ",
        "A12345678",
        "A012-345-678"
      })
  void theANumberPatternAcceptsWhatTheLoaderAccepts(String text) {
    ANumber.parse(text);
    assertThat(Pattern.compile(CaseFileSchema.A_NUMBER_PATTERN).matcher(text).matches()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015", "2015-03", "2015-03-14"})
  void thePartialDatePatternAcceptsWhatTheLoaderAccepts(String text) {
    PartialDate.parse(text);
    assertThat(Pattern.compile(CaseFileSchema.PARTIAL_DATE_PATTERN).matcher(text).matches())
        .isTrue();
  }

  @Test
  void isDeterministicPrettyPrintedAndUsesNewlinesOnly() throws Exception {
    String first = CaseFileSchema.caseFile();
    assertThat(first)
        .as("the same text as the schema an earlier run wrote to examples/")
        .isEqualTo(
            Files.readString(
                Path.of("examples/parolekit-case.schema.json"), StandardCharsets.UTF_8));
    assertThat(first)
        .startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",\n")
        .doesNotContain("\r");
    assertThat(CaseFileSchema.organizationProfile())
        .contains("\"title\" : \"parolekit organization profile\"");
  }
}
