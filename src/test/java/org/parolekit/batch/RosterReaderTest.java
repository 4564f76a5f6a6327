package org.parolekit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.Problem;

class RosterReaderTest {
  @TempDir Path dir;
  private final RosterReader reader =
      new RosterReader(
          Set.of("givenNames", "familyNames", "aNumber", "notes"),
          Set.of("givenNames", "familyNames"));

  @Test
  void readsCommaSeparatedUtf8WithAccents() throws Exception {
    Roster r =
        reader.read(
            write(
                "r.csv",
                "givenNames,familyNames,aNumber\n"
                    + "María José,Hernández López,A012345678\n"
                    + "José,Ramírez Coj,098765432\n"));
    assertThat(r.delimiter()).isEqualTo(',');
    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0).cell("givenNames")).contains("María José");
    assertThat(r.rows().get(1).cell("aNumber")).contains("098765432");
    assertThat(r.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void readsSemicolonsAndAByteOrderMarkAsSpanishLocaleSpreadsheetsExport() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        "givenNames;familyNames;notes\nAna;Pérez, Gómez;\"visita; cartas\"\n"
            .getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("r.csv");
    Files.write(f, concat(bom, body));
    Roster r = reader.read(f);
    assertThat(r.delimiter()).isEqualTo(';');
    assertThat(r.columns()).containsExactly("givenNames", "familyNames", "notes");
    assertThat(r.rows().get(0).cell("familyNames")).contains("Pérez, Gómez");
    assertThat(r.rows().get(0).cell("notes")).contains("visita; cartas");
  }

  @Test
  void keepsQuotedCommasAndNewlinesAndCountsLinesAcrossThem() throws Exception {
    Roster r =
        reader.read(
            write(
                "r.csv",
                "givenNames,familyNames,notes\n"
                    + "\"Luz\",\"Díaz\",\"first line,\n"
                    + "second line\"\n"
                    + "Eva,Soto,\n"));
    assertThat(r.rows().get(0).cell("notes")).contains("first line,\nsecond line");
    assertThat(r.rows().get(1).line()).isEqualTo(4);
  }

  @Test
  void anUnknownColumnIsNamedWithItsPosition() throws Exception {
    Path f = write("r.csv", "givenNames,familyNames,aNumbr\nAna,Pérez,A123456789\n");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining("r.csv:1:3: unknown column \"aNumbr\"");
  }

  @Test
  void aMissingRequiredColumnIsReported() throws Exception {
    Path f = write("r.csv", "givenNames,aNumber\nAna,A123456789\n");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("no column \"familyNames\"");
  }

  @Test
  void refusesTextThatIsNotUtf8() throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, "givenNames,familyNames\nJosé,Pérez\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("is not UTF-8")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path f = write("empty.csv", "\n\n");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("is empty");
  }

  @Test
  void aQuoteNeverClosedOnTheLastRowLosesThatRowOnlyAndSaysWhere() throws Exception {
    Path f =
        write(
            "r.csv",
            "givenNames,familyNames,notes\n" + "Ana,Pérez,ok\n" + "Eva,Soto,\"never closed\n");
    Roster r = reader.read(f);
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).cell("givenNames")).contains("Ana");
    assertThat(r.unreadable())
        .singleElement()
        .extracting(Problem::format)
        .asString()
        .isEqualTo(
            f
                + ":3: this row cannot be read: a quote (\") opened on line 3 is never closed."
                + " close the quote or remove it, and run again; the rows before line 3 were"
                + " read.")
        .doesNotContain("Eva", "Soto");
  }

  @Test
  void aQuoteNeverClosedThatSwallowsSeveralLinesNamesThemAll() throws Exception {
    Path f =
        write(
            "r.csv",
            "givenNames,familyNames,notes\n"
                + "Ana,Pérez,ok\n"
                + "Eva,Soto,ok\n"
                + "Luz,\"Díaz,x\n"
                + "Pedro,Núñez,y\n"
                + "Carla,Ruiz,z");
    Roster r = reader.read(f);
    assertThat(r.rows())
        .extracting(row -> row.cell("givenNames").orElseThrow())
        .containsExactly("Ana", "Eva");
    assertThat(r.rows().get(1).cell("notes"))
        .as("the row before the damage is read whole")
        .contains("ok");
    assertThat(r.unreadable()).singleElement().extracting(Problem::line).isEqualTo(4);
    assertThat(r.unreadable().get(0).format())
        .contains(
            f + ":4: lines 4 to 6 cannot be read: a quote (\") opened on line 4 is never closed",
            "the rows before line 4 were read");
  }

  @Test
  void aQuoteNeverClosedInTheHeaderLeavesNothingToReadAndFailsTheRoster() throws Exception {
    Path f = write("r.csv", "givenNames,\"familyNames,notes\nAna,Pérez,ok\n");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining("no closing quote (the cell is not shown)");
  }

  @Test
  void aFirstRowOfDataIsNotTakenForAHeaderAndItsCellsAreNotShown() throws Exception {
    Path f = write("r.csv", "María José,Hernández López,A012345678\nAna,Pérez,A012345679\n");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining(
            f
                + ":1: the first row is not a header: none of its 3 cells names a column (the"
                + " cells are not shown). add a header row naming the columns: aNumber,"
                + " familyNames, givenNames, notes")
        .hasMessageNotContaining("María")
        .hasMessageNotContaining("012345678");
  }

  @Test
  void aColumnThatIsNoNearMissIsNamedByItsPositionOnly() throws Exception {
    Path f = write("r.csv", "givenNames,familyNames,A012345678\nAna,Pérez,x\n");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining(f + ":1:3: column 3 is not a known column (its name is not shown)")
        .hasMessageNotContaining("012345678");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsReportedWithoutItsCells() throws Exception {
    Path f = write("r.csv", "givenNames,familyNames\nAna,Pérez\nEva,Soto,A012345678,1999-01-02\n");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining(f + ":3:")
        .hasMessageContaining(
            "this row has more cells than the header has columns (the cells are not shown)")
        .hasMessageNotContaining("012345678")
        .hasMessageNotContaining("1999");
  }

  @Test
  void aHeaderAloneIsARosterWithNoRows() throws Exception {
    Roster r = reader.read(write("r.csv", "givenNames,familyNames\n"));
    assertThat(r.columns()).containsExactly("givenNames", "familyNames");
    assertThat(r.rows()).isEmpty();
    assertThat(r.unreadable()).isEmpty();
  }

  @Test
  void aRosterLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
    Path f = dir.resolve("big.csv");
    try (var ch =
        java.nio.channels.FileChannel.open(
            f,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), RosterReader.MAX_BYTES);
    }
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining(f + ": is larger than 32 MB. split the roster.");
  }

  @Test
  void aRosterExactlyAtTheLimitIsRead() throws Exception {
    Path f = dir.resolve("limit.csv");
    byte[] head = "givenNames,familyNames\nAna,Pérez\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[(int) RosterReader.MAX_BYTES];
    java.util.Arrays.fill(bytes, (byte) '\n');
    System.arraycopy(head, 0, bytes, 0, head.length);
    Files.write(f, bytes);
    assertThat(reader.read(f).rows()).hasSize(1);
  }

  @Test
  void aRosterThatCannotBeOpenedSaysSo() {
    Path f = dir.resolve("missing.csv");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining(f + ": cannot be read. check the path and permissions.");
  }

  @Test
  void theDelimiterIsDecidedByTheHeaderRowOutsideQuotes() {
    assertThat(RosterReader.detectDelimiter("a;b,c;d\nx,y,z,w,v\n")).isEqualTo(';');
    assertThat(RosterReader.detectDelimiter("a;b,c\nx;y;z;w\n")).isEqualTo(',');
    assertThat(RosterReader.detectDelimiter("a,b\rx;y;z;w\r")).isEqualTo(',');
    assertThat(RosterReader.detectDelimiter("\"a;b;c\",d\n")).isEqualTo(',');
    assertThat(RosterReader.detectDelimiter("\"a,b,c\";d\n")).isEqualTo(';');
    assertThat(RosterReader.detectDelimiter("a;b\n")).isEqualTo(';');
    assertThat(RosterReader.detectDelimiter("a\n")).isEqualTo(',');
    assertThat(RosterReader.detectDelimiter("a;b")).isEqualTo(';');
  }

  @Test
  void aNearMissIsQuotedOnlyWhenItIsShortEnoughToBeAColumnName() throws Exception {
    String forty = "a".repeat(39) + "z";
    String fortyOne = "a".repeat(40) + "z";
    RosterReader longNames =
        new RosterReader(
            Set.of("givenNames", "a".repeat(40), "a".repeat(41)), Set.of("givenNames"));
    Path f = write("r.csv", "givenNames," + forty + "," + fortyOne + "\nAna,x,y\n");
    CaseFileException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            CaseFileException.class, () -> longNames.read(f));
    assertThat(e.problems())
        .extracting(Problem::format)
        .anyMatch(m -> m.startsWith(f + ":1:2: unknown column \"" + forty + "\""))
        .anyMatch(
            m -> m.startsWith(f + ":1:3: column 3 is not a known column (its name is not shown)"))
        .noneMatch(m -> m.contains("\"" + fortyOne + "\""));
  }

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
