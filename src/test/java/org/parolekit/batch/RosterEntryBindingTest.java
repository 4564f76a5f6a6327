package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;
import org.parolekit.load.RowBinder;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.Language;

class RosterEntryBindingTest {
  private final RowBinder binder = new RowBinder(LocalDate.of(2026, 11, 27));
  private final Path roster = Path.of("roster.csv");

  private Map<String, String> good() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("givenNames", "María José");
    row.put("familyNames", "Hernández López");
    row.put("aNumber", "012345678");
    row.put("pronouns", "She");
    row.put("languages", "es, en");
    row.put("facility", "Otay Mesa Detention Center");
    row.put("fieldOffice", "San Diego");
    row.put("contact", "visits");
    row.put("since", "2026-03");
    return row;
  }

  @Test
  void bindsARowWithFriendlySpellingsAndListsInOneCell() {
    RosterEntry e = binder.bind(roster, 7, List.copyOf(good().keySet()), good(), RosterEntry.class);
    assertThat(e.fullName()).isEqualTo("María José Hernández López");
    assertThat(e.aNumber().formatted()).isEqualTo("A012-345-678");
    assertThat(e.languages()).containsExactly(Language.ES, Language.EN);
    assertThat(e.fieldOffice()).isEqualTo(FieldOffice.SAN_DIEGO);
    assertThat(e.person().detention().facility()).isEqualTo("Otay Mesa Detention Center");
  }

  @Test
  void reportsEveryBadCellAtItsRowAndColumn() {
    Map<String, String> row = good();
    row.put("aNumber", "A9876");
    row.put("pronouns", "shee");
    row.put("since", "");
    List<String> columns = List.copyOf(row.keySet());
    assertThatThrownBy(() -> binder.bind(roster, 7, columns, row, RosterEntry.class))
        .isInstanceOfSatisfying(
            CaseFileException.class,
            ex ->
                assertThat(ex.problems().stream().map(Problem::format))
                    .anySatisfy(m -> assertThat(m).startsWith("roster.csv:7:3: aNumber:"))
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .startsWith(
                                    "roster.csv:7:4: pronouns: unknown value \"shee\". did you mean"
                                        + " \"she\"?"))
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .startsWith("roster.csv:7:9: since: is required but empty"))
                    .noneSatisfy(m -> assertThat(m).contains("9876")));
  }

  @Test
  void theRosterColumnsAreTheRecordComponents() {
    assertThat(RosterEntry.columns())
        .startsWith("givenNames", "familyNames")
        .contains("aNumber", "fieldOffice", "since");
    assertThat(RosterEntry.requiredColumns())
        .doesNotContain("volunteer", "dateOfBirth")
        .contains("contact");
  }

  @Test
  void anEntryPrintedInALogOrAnAssertionShowsNoPersonalValue() {
    Map<String, String> row = good();
    row.put("dateOfBirth", "1990-04-12");
    RosterEntry e = binder.bind(roster, 7, List.copyOf(row.keySet()), row, RosterEntry.class);
    assertThat(e.toString())
        .isEqualTo("RosterEntry(redacted)")
        .doesNotContain("012345678", "012-345-678", "1990", "María");
  }
}
