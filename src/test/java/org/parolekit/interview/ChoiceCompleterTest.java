package org.parolekit.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.parolekit.load.FieldValidator;
import org.parolekit.model.Detention;
import org.parolekit.model.IdentityDocument;
import org.parolekit.model.Language;

class ChoiceCompleterTest {
  private static List<Candidate> candidates(
      Language language, Class<? extends Record> type, String component) {
    InterviewText text = new InterviewText(language);
    RecordInterview records =
        new RecordInterview(
            null,
            text,
            new FieldValidator(LocalDate.of(2026, 11, 27), text.locale(), Path.of("case.yaml")),
            Set.of());
    RecordComponent rc =
        Arrays.stream(type.getRecordComponents())
            .filter(c -> c.getName().equals(component))
            .findFirst()
            .orElseThrow();
    ChoiceCompleter completer = new ChoiceCompleter();
    completer.offer(records.choices(rc));
    List<Candidate> found = new ArrayList<>();
    completer.complete(null, null, found);
    return found;
  }

  @Test
  void spanishCandidatesAreTheSpanishWordsWithoutEmptyDescriptions() {
    List<Candidate> found = candidates(Language.ES, IdentityDocument.class, "type");

    assertThat(found)
        .extracting(Candidate::value)
        .containsExactly(
            "pasaporte",
            "cédula de identidad",
            "acta de nacimiento",
            "matrícula consular",
            "licencia de conducir",
            "otro");
    assertThat(found)
        .allSatisfy(
            c -> {
              assertThat(c.descr()).isNull();
              assertThat(c.complete()).isTrue();
            });
  }

  @Test
  void everyLocationIsOfferedInSpanish() {
    assertThat(candidates(Language.ES, IdentityDocument.class, "location"))
        .extracting(Candidate::value)
        .containsExactly(
            "en manos de ICE",
            "con el patrocinador",
            "con la persona",
            "copia adjunta",
            "en trámite");
  }

  @Test
  void fieldOfficesAreWholeCodesDescribedByTheirNames() {
    List<Candidate> found = candidates(Language.ES, Detention.class, "fieldOffice");

    assertThat(found)
        .extracting(Candidate::value)
        .contains("san-antonio", "san-diego", "san-francisco");
    assertThat(found)
        .filteredOn(c -> c.value().equals("san-diego"))
        .extracting(Candidate::descr)
        .containsExactly("San Diego");
    assertThat(found).allSatisfy(c -> assertThat(c.descr()).isNotBlank());
  }

  /** Tab and Enter typed at a terminal that edits lines, as a person's shell gives it. */
  @Test
  void tabOnTheBeginningOfSeveralChoicesLeavesTheLineAsTyped() throws Exception {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (ExternalTerminal terminal =
        new ExternalTerminal(
            "test",
            "xterm-256color",
            new ByteArrayInputStream("san\t\r".getBytes(StandardCharsets.UTF_8)),
            shown,
            StandardCharsets.UTF_8)) {
      Prompter prompter = new Prompter(terminal, false);
      String answer =
          prompter.ask(
              "> ",
              List.of(
                  new Prompter.Choice("san-antonio", "San Antonio"),
                  new Prompter.Choice("san-diego", "San Diego"),
                  new Prompter.Choice("san-francisco", "San Francisco")));

      assertThat(answer).isEqualTo("san");
    }
  }

  @Test
  void tabOnTheBeginningOfOneChoiceCompletesItWhole() throws Exception {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (ExternalTerminal terminal =
        new ExternalTerminal(
            "test",
            "xterm-256color",
            new ByteArrayInputStream("san-d\t\r".getBytes(StandardCharsets.UTF_8)),
            shown,
            StandardCharsets.UTF_8)) {
      Prompter prompter = new Prompter(terminal, false);
      String answer =
          prompter.ask(
              "> ",
              List.of(
                  new Prompter.Choice("san-antonio", "San Antonio"),
                  new Prompter.Choice("san-diego", "San Diego")));

      assertThat(answer).isEqualTo("san-diego");
    }
  }
}
