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

  private static final LetterVerdict VERDICT =
      new LetterVerdict(
          java.util.Map.of(
              org.parolekit.model.Criterion.IDENTITY,
              org.parolekit.check.CriterionStatus.MET,
              org.parolekit.model.Criterion.FLIGHT_RISK,
              org.parolekit.check.CriterionStatus.WEAK,
              org.parolekit.model.Criterion.DANGER,
              org.parolekit.check.CriterionStatus.MISSING),
          List.of("no-contact-detail", "wrong-date"));

  private final List<BatchItemResult> checked =
      List.of(
          new BatchItemResult(
                  "roster.csv:2",
                  "Ana Pérez Soto",
                  BatchItemResult.Status.GENERATED,
                  List.of("ana-perez-soto/letter-en.pdf", "ana-perez-soto/letter-es.pdf"),
                  "")
              .withLetter(VERDICT),
          new BatchItemResult(
              "roster.csv:3",
              "Ana Perez Soto",
              BatchItemResult.Status.REPEATED,
              List.of(),
              "the same A-number as roster.csv:2"));

  @Test
  void checkedLettersAddTheirStatusesAndErrorCodesToTheCsvRow() {
    List<String> lines = new BatchReportWriter().csv(checked).lines().toList();
    assertThat(lines)
        .containsExactly(
            "input,person,status,outputs,error,identity,flightRisk,danger,letterErrors",
            "roster.csv:2,\"Ana Pérez Soto\",generated,\"ana-perez-soto/letter-en.pdf |"
                + " ana-perez-soto/letter-es.pdf\",,met,weak,missing,\"no-contact-detail |"
                + " wrong-date\"",
            "roster.csv:3,\"Ana Perez Soto\",repeated,,\"the same A-number as roster.csv:2\",,,,");
  }

  @Test
  void jsonListsEachItemsOutputsLetterAndTheRepeatedCount() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new BatchReportWriter().json(checked));
    assertThat(root.at("/items/0/outputs").toString())
        .isEqualTo("[\"ana-perez-soto/letter-en.pdf\",\"ana-perez-soto/letter-es.pdf\"]");
    assertThat(root.at("/items/0/letter").toString())
        .isEqualTo(
            "{\"identity\":\"met\",\"flightRisk\":\"weak\",\"danger\":\"missing\","
                + "\"errors\":[\"no-contact-detail\",\"wrong-date\"]}");
    assertThat(root.at("/items/1/letter").isMissingNode()).isTrue();
    assertThat(root.get("summary").toString())
        .isEqualTo("{\"items\":2,\"generated\":1,\"unchanged\":0,\"failed\":0,\"repeated\":1}");
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
