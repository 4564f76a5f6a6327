package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  static final String ORG = Path.of("examples/organization.yaml").toAbsolutePath().toString();
  static final String HEADER =
      "givenNames,familyNames,aNumber,pronouns,languages,facility,fieldOffice,contact,since,volunteer\n";

  @TempDir Path dir;

  @Test
  void theExampleRosterGivesEveryPersonAFolderAndTheSpanishReaderACopyInSpanish()
      throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch("examples/roster.csv", "-o", out.toString(), "--date", "2026-11-27");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("8 people: 8 generated, 0 unchanged, 0 failed");
    assertThat(r.err())
        .contains(
            "[1/8] maria-jose-hernandez-lopez generated", "[8/8] anais-pierre-louis generated");
    List<String> maria = files(out.resolve("maria-jose-hernandez-lopez"));
    assertThat(maria)
        .hasSize(2)
        .anyMatch(n -> n.endsWith("-en.pdf"))
        .anyMatch(n -> n.endsWith("-es.pdf"));
    assertThat(files(out.resolve("darnell-okafor-jr")))
        .singleElement()
        .matches(n -> n.endsWith("-en.pdf"));
    String en =
        text(
            out.resolve("maria-jose-hernandez-lopez")
                .resolve(
                    maria.stream().filter(n -> n.endsWith("-en.pdf")).findFirst().orElseThrow()));
    assertThat(en)
        .contains(
            "María José Hernández López",
            "A012-345-678",
            "November 27, 2026",
            "Friends on the Border");
    String es =
        text(
            out.resolve("maria-jose-hernandez-lopez")
                .resolve(
                    maria.stream().filter(n -> n.endsWith("-es.pdf")).findFirst().orElseThrow()));
    assertThat(es).contains("27 de noviembre de 2026");
    assertThat(
            text(
                out.resolve("darnell-okafor-jr")
                    .resolve(files(out.resolve("darnell-okafor-jr")).get(0))))
        .contains("Darnell Okafor, Jr.");
    String reports =
        Files.readString(out.resolve("batch-report.csv"))
            + Files.readString(out.resolve("batch-report.json"));
    for (String shown : List.of(r.out(), r.err(), reports)) {
      assertThat(shown)
          .doesNotContain("012-345-678", "012345678", "098-765-432", "098765432", "310-222-456");
    }
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.matches(".*\\d{6,}.*"));
    }
  }

  @Test
  void refusesZeroJobsAsAUsageErrorAndHasHelp() {
    CliRun r =
        CliRun.batch("examples/roster.csv", "-o", dir.resolve("out").toString(), "--jobs", "0");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    CliRun help = CliRun.run("batch", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--org", "--jobs", "--quiet", "--force", "case.yaml");
  }

  @Test
  void readsByteOrderMarkSemicolonsAndQuotedCommasAndNewlinesEndToEnd() throws IOException {
    String text =
        HEADER.replace(',', ';')
            + "Luz Elena;\"Díaz, de la Cruz\";A076543210;she;es;\"Otay Mesa\n"
            + "Detention Center\";san-diego;visits;2026-03;Ana\n"
            + "Pedro;Núñez Ortega;A076543211;he;en;Otay Mesa Detention"
            + " Center;san-diego;letters;2025;\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path luz = out.resolve("luz-elena-diaz-de-la-cruz");
    assertThat(files(luz)).hasSize(2);
    assertThat(text(luz.resolve(files(luz).get(0)))).contains("Luz Elena Díaz, de la Cruz");
    JsonNode report = json(out.resolve("batch-report.json"));
    assertThat(report.at("/items/0/input").asText()).isEqualTo(roster + ":2");
    assertThat(report.at("/items/1/input").asText()).isEqualTo(roster + ":4");
    assertThat(report.at("/items/1/person").asText()).isEqualTo("Pedro Núñez Ortega");
  }

  @Test
  void aBadRowFailsAloneWithItsLineAndColumnAndTheRunExitsOne() throws IOException {
    Path roster =
        write(
            "roster.csv",
            HEADER
                + "Ana,Pérez Soto,A012345678,she,en,Otay Mesa,san-diego,visits,2026-03,\n"
                + "Berta,Luna,A98765,shee,en,Otay Mesa,san-diego,visits,2026-03,\n"
                + "Carla,Ruiz,A012345679,she,en,Otay Mesa,san-diego,visits,2026-03,\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    JsonNode report = json(out.resolve("batch-report.json"));
    assertThat(report.at("/items/0/status").asText()).isEqualTo("generated");
    assertThat(report.at("/items/1/status").asText()).isEqualTo("failed");
    assertThat(report.at("/items/1/error").asText())
        .contains(roster + ":3:3: aNumber:", roster + ":3:4: pronouns:")
        .doesNotContain("98765");
    assertThat(report.at("/items/2/status").asText()).isEqualTo("generated");
    assertThat(report.at("/summary/failed").asInt()).isEqualTo(1);
    assertThat(Files.exists(out.resolve("berta-luna"))).isFalse();
    assertThat(r.err())
        .contains("[2/3] berta-luna failed")
        .doesNotContain("98765")
        .doesNotContain("012345678");
    assertThat(Files.readString(out.resolve("batch-report.csv")))
        .contains("failed")
        .doesNotContain("012345678");
  }

  @Test
  void anUnreadableInputStopsTheBatchWithExitThreeAndWritesNothing() throws IOException {
    Path roster = write("roster.csv", "givenNames,familyNames,aNumbr\nAna,Pérez,A012345678\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("unknown column \"aNumbr\"");
    assertThat(Files.exists(out)).isFalse();

    Path badOrg = write("org.yaml", "name: X\n");
    CliRun r2 =
        CliRun.run(
            "batch", "--org", badOrg.toString(), "examples/roster.csv", "-o", out.toString());
    assertThat(r2.exitCode()).as(r2.toString()).isEqualTo(3);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aSecondRunSkipsWhatDidNotChangeAndForceRegeneratesAll() throws IOException {
    Path roster =
        write(
            "roster.csv",
            HEADER
                + "Ana,Pérez Soto,A012345678,she,es,Otay Mesa,san-diego,visits,2026-03,\n"
                + "Carla,Ruiz,A012345679,she,en,Otay Mesa,san-diego,visits,2026-03,\n");
    Path out = dir.resolve("out");
    String[] args = {"batch", "--org", ORG, roster.toString(), "-o", out.toString()};
    assertThat(CliRun.run(args).exitCode()).isZero();
    Map<String, byte[]> before = contents(out);
    Map<String, FileTime> times = mtimes(out);

    CliRun second = CliRun.run(args);
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).contains("2 people: 0 generated, 2 unchanged, 0 failed");
    assertThat(mtimes(out)).isEqualTo(times);
    Map<String, byte[]> after = contents(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.keySet().stream()
        .filter(k -> !k.startsWith("batch-report"))
        .forEach(
            k -> assertThat(java.util.Arrays.equals(after.get(k), before.get(k))).as(k).isTrue());

    Files.writeString(
        roster,
        Files.readString(roster)
            .replace(
                "Carla,Ruiz,A012345679,she,en,Otay Mesa,san-diego,visits,2026-03,",
                "Carla,Ruiz,A012345679,she,en,Otay Mesa,san-diego,letters,2026-03,"));
    CliRun third = CliRun.run(args);
    assertThat(third.out())
        .as(third.toString())
        .contains("2 people: 1 generated, 1 unchanged, 0 failed");
    assertThat(third.err())
        .contains("[1/2] ana-perez-soto unchanged", "[2/2] carla-ruiz generated");
    Map<String, FileTime> afterChange = mtimes(out);
    times.keySet().stream()
        .filter(k -> k.startsWith("ana-perez-soto/"))
        .forEach(k -> assertThat(afterChange.get(k)).as(k).isEqualTo(times.get(k)));

    CliRun forced = CliRun.batch(roster.toString(), "-o", out.toString(), "--force");
    assertThat(forced.out())
        .as(forced.toString())
        .contains("2 people: 2 generated, 0 unchanged, 0 failed");

    Path letter =
        out.resolve("ana-perez-soto").resolve(files(out.resolve("ana-perez-soto")).get(0));
    Files.write(letter, new byte[] {1, 2, 3});
    CliRun repaired = CliRun.run(args);
    assertThat(repaired.err()).as(repaired.toString()).contains("[1/2] ana-perez-soto generated");
    assertThat(text(letter)).contains("Ana Pérez Soto");

    CliRun otherDate =
        CliRun.batch(roster.toString(), "-o", out.toString(), "--date", "2026-12-01");
    assertThat(otherDate.out()).as(otherDate.toString()).contains("2 generated");
  }

  @Test
  void theCsvReportNeutralizesFormulasFromTheRoster() throws IOException {
    Path roster =
        write(
            "roster.csv",
            HEADER
                + "\"=cmd|' /C calc'!A0\",Soto,A012345678,she,en,Otay"
                + " Mesa,san-diego,visits,2026-03,\n");
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch(roster.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String csv = Files.readString(out.resolve("batch-report.csv"));
    assertThat(csv).contains("'=cmd").doesNotContain(",=cmd").doesNotContain(",\"=cmd");
  }

  @Test
  void theBytesAreTheSameWhateverTheNumberOfJobs() throws IOException {
    List<String> lines =
        new java.util.ArrayList<>(Files.readAllLines(Path.of("examples/roster.csv")));
    // Another person of the same name, with another A-number: a second folder, "-2".
    lines.add(lines.get(1).replace("A012-345-678", "A222-999-111"));
    Path roster = dir.resolve("roster.csv");
    Files.write(roster, lines);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    CliRun one =
        CliRun.batch(
            roster.toString(), "-o", a.toString(), "--jobs", "1", "--file-format", "pdf,txt");
    CliRun two =
        CliRun.batch(
            roster.toString(), "-o", b.toString(), "--jobs", "2", "--file-format", "pdf,txt");
    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(two.exitCode()).as(two.toString()).isZero();
    assertThat(two.err()).isEqualTo(one.err());
    Map<String, byte[]> ca = contents(a);
    Map<String, byte[]> cb = contents(b);
    assertThat(cb.keySet())
        .isEqualTo(ca.keySet())
        .contains("batch-report.csv", "batch-report.json", "maria-jose-hernandez-lopez-2/");
    ca.forEach((k, v) -> assertThat(java.util.Arrays.equals(cb.get(k), v)).as(k).isTrue());
  }

  @Test
  void aCaseFileWithoutAnOrganizationSectionFailsAloneAndFoldersAreSearchedForCaseFiles()
      throws IOException {
    Path out = dir.resolve("out");
    CliRun r = CliRun.batch("examples", "-o", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("[1/").contains("no organization section");
    JsonNode report = json(out.resolve("batch-report.json"));
    assertThat(report.get("items")).hasSize(3);
    assertThat(report.at("/items/2/input").asText())
        .endsWith("maria-hernandez/case.yaml".replace('/', java.io.File.separatorChar));
    assertThat(report.at("/items/2/status").asText()).isEqualTo("generated");
  }

  @Test
  void theProgressBarShowsCountRateAndTimeLeft() {
    assertThat(BatchProgress.Bar.line(25, 100, 5.0))
        .startsWith("[#######.....................] 25/100")
        .contains("5.0/s", "0:15 left");
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  /**
   * Every file under {@code root} by relative path ("/" for folders, so a missing folder shows).
   */
  static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> !p.equals(root)).toList()) {
        String key = root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
        m.put(
            Files.isDirectory(p) ? key + "/" : key,
            Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
      }
    }
    return m;
  }

  private static Map<String, FileTime> mtimes(Path root) throws IOException {
    Map<String, FileTime> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p :
          s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf")).toList()) {
        m.put(
            root.relativize(p).toString().replace(java.io.File.separatorChar, '/'),
            Files.getLastModifiedTime(p));
      }
    }
    return m;
  }

  static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String text(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
