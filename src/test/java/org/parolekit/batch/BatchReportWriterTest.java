package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchReportWriterTest {
  private final List<BatchItemResult> results =
      List.of(
          new BatchItemResult(
              "roster.csv:2",
              "María José Hernández López",
              BatchItemResult.Status.GENERATED,
              List.of("maria-jose-hernandez-lopez/organization-letter-en.pdf"),
              ""),
          new BatchItemResult(
              "roster.csv:3",
              "=HYPERLINK(\"http://x\",\"click\")",
              BatchItemResult.Status.FAILED,
              List.of(),
              "roster.csv:3:3: aNumber: is not an A-number"),
          new BatchItemResult(
              "roster.csv:4",
              "Ana, \"La Flaca\" Soto",
              BatchItemResult.Status.UNCHANGED,
              List.of("ana-soto/x.pdf"),
              ""));

  @Test
  void csvHasAHeaderAndOneRowPerItemWithFormulasNeutralized() {
    String csv = new BatchReportWriter().csv(results);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("input,person,status,outputs,error");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains("María José Hernández López", "generated");
    assertThat(lines.get(2))
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK")
        .contains("failed");
    assertThat(lines.get(3)).contains("\"Ana, \"\"La Flaca\"\" Soto\"");
  }

  @Test
  void jsonListsEveryItemAndASummary() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new BatchReportWriter().json(results));
    assertThat(root.get("items")).hasSize(3);
    assertThat(root.at("/items/1/status").asText()).isEqualTo("failed");
    assertThat(root.at("/items/1/error").asText()).contains("roster.csv:3:3");
    assertThat(root.at("/summary/generated").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/failed").asInt()).isEqualTo(1);
    assertThat(root.at("/summary/unchanged").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
  void neutralizesEveryFormulaLead(String cell) {
    assertThat(BatchReportWriter.neutralize(cell)).isEqualTo("'" + cell);
  }

  @Test
  void leavesOrdinaryCellsAlone() {
    assertThat(BatchReportWriter.neutralize("José")).isEqualTo("José");
    assertThat(BatchReportWriter.neutralize("")).isEmpty();
  }
}
