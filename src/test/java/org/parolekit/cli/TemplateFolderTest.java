package org.parolekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a volunteer sees when an organization's {@code --templates} folder has a problem. */
class TemplateFolderTest {
  private static final String CASE = "examples/emmanuel-tabi/case.yaml";
  private static final String A_NUMBER = "A214870355";
  private static final String A_NUMBER_FORMATTED = "A214-870-355";

  @TempDir Path dir;

  private Path templates() {
    return dir.resolve("templates");
  }

  private Path template(String name, String body) throws IOException {
    Path file = templates().resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body, StandardCharsets.UTF_8);
    return file;
  }

  private CliRun letters(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "letters",
                CASE,
                "-o",
                dir.resolve("out").toString(),
                "--templates",
                templates().toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(new String[0]));
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aTemplateWithOnlyACommentIsATemplateErrorAndNothingIsWritten() throws IOException {
    template("en/writing-guide.ftl", "<#-- nothing -->");
    CliRun r = letters();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("template en/writing-guide.ftl: produced no text", "delete the file")
        .doesNotContain("internal error");
    assertThat(files(dir.resolve("out"))).isEmpty();
  }

  @Test
  void anEmptyPacketTemplateIsATemplateErrorAndNoPacketIsWritten() throws IOException {
    template("en/packet-cover.ftl", "");
    Path packet = dir.resolve("packet.pdf");
    CliRun r =
        CliRun.run("packet", CASE, "-o", packet.toString(), "--templates", templates().toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("template en/packet-cover.ftl: produced no text")
        .doesNotContain("internal error");
    assertThat(packet).doesNotExist();
  }

  @Test
  void anEmptyOrganizationTemplateFailsEveryBatchRowAndWritesNoBlankLetter() throws IOException {
    template("en/organization-letter.ftl", "<#-- nothing -->\n\n");
    Path out = dir.resolve("batch");
    CliRun r =
        CliRun.batch(
            "examples/roster.csv",
            "-o",
            out.toString(),
            "--lang",
            "en",
            "--templates",
            templates().toString(),
            "--quiet");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out() + r.err())
        .contains("8 failed")
        .contains("template en/organization-letter.ftl: produced no text");
    JsonNode report = new ObjectMapper().readTree(out.resolve("batch-report.json").toFile());
    assertThat(report.get("items"))
        .hasSize(8)
        .allSatisfy(
            item -> {
              assertThat(item.get("status").asText()).isEqualTo("failed");
              assertThat(item.get("error").asText()).contains("produced no text");
            });
    assertThat(files(out)).noneMatch(f -> f.toString().endsWith(".pdf"));
  }

  @Test
  void aSymbolicallyLinkedTemplateIsRefusedNotReplacedByTheBuiltIn() throws IOException {
    Path real = dir.resolve("elsewhere/sponsor-letter.ftl");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "Our own letter for ${person.fullName}.\n");
    Files.createDirectories(templates().resolve("en"));
    Files.createSymbolicLink(templates().resolve("en/sponsor-letter.ftl"), real);
    CliRun r = letters();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "template en/sponsor-letter.ftl: is a symbolic link",
            "links are not followed",
            "Copy the file");
    assertThat(files(dir.resolve("out"))).isEmpty();
  }

  @Test
  void aSymbolicallyLinkedLanguageFolderIsRefused() throws IOException {
    Path real = dir.resolve("elsewhere/en");
    Files.createDirectories(real);
    Files.writeString(
        real.resolve("sponsor-letter.ftl"), "Our own letter for ${person.fullName}.\n");
    Files.createDirectories(templates());
    Files.createSymbolicLink(templates().resolve("en"), real);
    for (CliRun r :
        List.of(
            letters(),
            CliRun.run(
                "packet",
                CASE,
                "-o",
                dir.resolve("p.pdf").toString(),
                "--templates",
                templates().toString()),
            CliRun.batch(
                "examples/roster.csv",
                "-o",
                dir.resolve("b").toString(),
                "--templates",
                templates().toString()))) {
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
      assertThat(r.err())
          .contains(templates().resolve("en") + ": is a symbolic link to a folder", "not followed");
    }
    assertThat(files(dir.resolve("out"))).isEmpty();
    assertThat(dir.resolve("p.pdf")).doesNotExist();
  }

  @Test
  void aRefusedIncludeNamesTheTemplateTheLineAndWhy() throws IOException {
    template("en/notes.txt", "notes");
    template("en/sponsor-letter.ftl", "Dear officer,\n\n<#include \"notes.txt\">\n");
    CliRun notFtl = letters();
    assertThat(notFtl.exitCode()).as(notFtl.toString()).isEqualTo(3);
    assertThat(notFtl.err())
        .contains(
            "template en/sponsor-letter.ftl:3:",
            "<#include \"notes.txt\"> is refused: en/notes.txt is not a .ftl file")
        .doesNotContain("Template inclusion failed");

    template("en/sponsor-letter.ftl", "Dear officer,\n<#include \"../../../etc/passwd.ftl\">\n");
    CliRun outside = letters();
    assertThat(outside.exitCode()).as(outside.toString()).isEqualTo(3);
    assertThat(outside.err())
        .contains(
            "template en/sponsor-letter.ftl:2:",
            "is refused: it would reach outside the templates folder")
        .doesNotContain("Template inclusion failed");

    template("en/sponsor-letter.ftl", "<#import 'parts/missing.ftl' as parts>\n");
    CliRun missing = letters();
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err())
        .contains(
            "template en/sponsor-letter.ftl:1:",
            "<#import \"parts/missing.ftl\"> fails",
            "en/parts/missing.ftl is in neither the templates folder nor the built-in templates");
  }

  @Test
  void aRefusedIncludeOfAComputedNameDoesNotShowTheName() throws IOException {
    template(
        "en/sponsor-letter.ftl",
        "Dear officer,\n<#include person.aNumber?replace('-', '') + \".ftl\">\n");
    CliRun r = letters();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            "template en/sponsor-letter.ftl:2:",
            "<#include> on this line fails",
            "the file it names is in neither")
        .doesNotContain(A_NUMBER)
        .doesNotContain(A_NUMBER_FORMATTED);
  }

  @Test
  void filesThatAreNotTemplatesAreNamedInOneWarningEachAndDoNotFail() throws IOException {
    template("en/sponsor-letter.txt", "Our own letter.\n");
    template("README.md", "Our templates.\n");
    template(".DS_Store", "");
    template("templates/en/support-letter.ftl", "Nested by mistake.\n");
    CliRun r = letters();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0))
        .contains(
            templates().resolve("README.md").toString(), "not a template", "en/sponsor-letter.ftl");
    assertThat(warnings.get(1))
        .contains(
            templates().resolve("en/sponsor-letter.txt").toString(),
            "Rename it en/sponsor-letter.ftl");
    assertThat(warnings.get(2))
        .contains(
            templates().resolve("templates/en/support-letter.ftl").toString(),
            "en/support-letter.ftl");
    assertThat(r.err()).doesNotContain(".DS_Store");
  }

  @Test
  void aByteOrderMarkAtTheStartOfATemplateIsNotWritten() throws IOException {
    template("en/writing-guide.ftl", "\uFEFFHow to write for ${person.fullName}.\n");
    CliRun r = letters("--file-format", "txt");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path guide =
        files(dir.resolve("out")).stream()
            .filter(f -> f.getFileName().toString().contains("writing-guide"))
            .findFirst()
            .orElseThrow();
    byte[] bytes = Files.readAllBytes(guide);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .startsWith("How to write for Emmanuel Tabi Ndip.");
  }

  @Test
  void aTextDoubledInALoopIsStoppedQuicklyWithinASmallHeap() throws Exception {
    template(
        "en/writing-guide.ftl", "<#assign s=\"x\"><#list 1..40 as i><#assign s=s+s></#list>${s}");
    assertStoppedForMemoryInASmallHeap();
  }

  @Test
  void aTextDoubledWithoutALoopIsStoppedToo() throws Exception {
    template("en/writing-guide.ftl", "<#assign s=\"x\">" + "<#assign s=s+s>".repeat(40) + "${s}");
    assertStoppedForMemoryInASmallHeap();
  }

  /**
   * A doubling with no loop cannot be interrupted inside FreeMarker: the batch ends at the first
   * person it stops, in a JVM with the launcher's 1 GB heap, before the doubling fills that heap
   * (it used to go on through every row while the stuck thread took all of it, exit 1).
   */
  @Test
  void aTextDoubledWithoutALoopEndsTheBatchBeforeItTakesTheMemory() throws Exception {
    template(
        "en/organization-letter.ftl", "<#assign s=\"x\">" + "<#assign s=s+s>".repeat(40) + "${s}");
    Path out = dir.resolve("batch");
    Path err = dir.resolve("err.txt");
    Path stdout = dir.resolve("out.txt");
    Process p =
        ChildJvm.start(
            "1g",
            stdout,
            err,
            "batch",
            "--org",
            BatchCommandTest.ORG,
            "examples/roster.csv",
            "-o",
            out.toString(),
            "--lang",
            "en",
            "--templates",
            templates().toString(),
            "--jobs",
            "1");
    long peakKb = 0;
    try {
      long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (p.isAlive() && System.nanoTime() < end) {
        peakKb = Math.max(peakKb, highWaterMarkKb(p.pid()));
        Thread.sleep(5);
      }
      assertThat(p.isAlive()).as("still running after 60 s").isFalse();
    } finally {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    String message = Files.readString(err) + Files.readString(stdout);
    assertThat(p.exitValue()).as(message).isEqualTo(3);
    assertThat(message)
        .contains(
            "template en/organization-letter.ftl: used more than 64 MB of memory and was stopped")
        .contains(
            "Stopped after 1 people: 0 generated", "so the batch ended there: correct the template")
        .doesNotContain("OutOfMemoryError", "ran out of memory");
    assertThat(peakKb).as("peak resident memory, KB").isLessThan(640 * 1024);
    assertThat(files(out)).noneMatch(f -> f.toString().endsWith(".pdf"));
  }

  @Test
  void aBatchEndedByAnUnstoppableTemplateSaysSoInItsJson() throws Exception {
    template(
        "en/organization-letter.ftl", "<#assign s=\"x\">" + "<#assign s=s+s>".repeat(40) + "${s}");
    CliRun r =
        ChildJvm.run(
            "1g",
            Duration.ofSeconds(60),
            dir,
            "batch",
            "--org",
            BatchCommandTest.ORG,
            "examples/roster.csv",
            "-o",
            dir.resolve("batch").toString(),
            "--lang",
            "en",
            "--templates",
            templates().toString(),
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("exitCode").asInt()).isEqualTo(3);
    assertThat(json.get("interrupted").asBoolean()).isTrue();
    assertThat(json.get("reasons").toString()).contains("\"template-unstoppable\"");
    assertThat(json.get("summary").get("items").asInt()).isLessThan(8);
  }

  /** The most resident memory the process has had so far (Linux); 0 once it has ended. */
  private static long highWaterMarkKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has just ended
    }
    return 0;
  }

  /**
   * Runs the letters in a JVM of its own with a 256 MB heap (a template that escaped the limit
   * would take the test JVM's memory) and expects a template error, not an OutOfMemoryError.
   */
  private void assertStoppedForMemoryInASmallHeap() throws Exception {
    CliRun r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(70),
            () ->
                ChildJvm.run(
                    "256m",
                    Duration.ofSeconds(60),
                    dir,
                    "letters",
                    CASE,
                    "-o",
                    dir.resolve("out").toString(),
                    "--templates",
                    templates().toString()));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("template en/writing-guide.ftl: used more than 64 MB of memory and was stopped")
        .doesNotContain("OutOfMemoryError");
    assertThat(files(dir.resolve("out"))).isEmpty();
  }
}
