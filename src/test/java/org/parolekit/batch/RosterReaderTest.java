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
