package org.parolekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.core.ExitStatus;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.Language;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Statements;

class TemplateSecurityTest {
  @TempDir Path dir;

  private final LetterService service = new LetterService();

  private RenderResult renderWith(Path templates) {
    return service.render(
        Fixtures.joseph(),
        LetterOptions.defaults(Fixtures.LETTER_DATE)
            .withTemplatesDir(templates)
            .withTemplateTimeout(Duration.ofMillis(1500)));
  }

  private Path template(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void caseDataIsNeverTemplateCodeOrMarkup() {
    Sponsor s = Fixtures.joseph().caseFile().sponsor();
    String hostile =
        "${7*7} <#assign x = 1> [=7*7] <b>bold</b> *star* _under_ [link](http://evil.example)\n\n"
            + "# not a heading\n\n1. not a list\n    indented <script>alert(1)</script> & &amp;";
    Sponsor hostileSponsor =
        new Sponsor(
            s.name(),
            s.relationship(),
            s.since(),
            s.immigrationStatus(),
            s.statusDetail(),
            s.address(),
            s.phone(),
            s.email(),
            s.occupation(),
            s.language(),
            s.commitments(),
            s.personWillLiveAt(),
            new Statements(hostile, null, null, null),
            null,
            null,
            List.of());
    LoadedCase c = Fixtures.sponsorOnly(Fixtures.joseph().caseFile().person(), hostileSponsor);
    RenderedDocument letter =
        service.render(c, LetterOptions.defaults(Fixtures.LETTER_DATE)).documents().get(0);
    assertThat(letter.text())
        .contains(
            "${7*7} <#assign x = 1> [=7*7] <b>bold</b> *star* _under_ [link](http://evil.example)")
        .contains("# not a heading")
        .contains("1. not a list")
        .contains("indented <script>alert(1)</script> & &amp;")
        .doesNotContain("49");
    String html = letter.html().orElseThrow();
    assertThat(html)
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<a ")
        .doesNotContain("<h1>not")
        .contains("&amp;amp;");
  }

  @Test
  void anOrganizationTemplateOverridesOnlyTheTemplateItNames() throws IOException {
    template("en/sponsor-letter.ftl", "Custom letter for ${person.fullName}, ${person.aNumber}.\n");
    RenderResult r = renderWith(dir);
    assertThat(r.documents().get(0).text())
        .isEqualTo("Custom letter for Joseph Kamara, A987-654-321.\n");
    assertThat(r.documents().get(1).text()).contains("How to write a letter to help Joseph Kamara");
  }

  @Test
  void newBuiltInCannotInstantiateClasses() throws IOException {
    template(
        "en/sponsor-letter.ftl",
        "line one\n${\"freemarker.template.utility.Execute\"?new()(\"id\")}\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOfSatisfying(
            TemplateRenderException.class,
            e -> {
              assertThat(e.templateName()).isEqualTo("en/sponsor-letter.ftl");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isPositive();
              assertThat(e.status()).isEqualTo(ExitStatus.INVALID_INPUT);
            });
  }

  @Test
  void builtInsThatRunTextAsCodeAreRefused() throws IOException {
    template("en/sponsor-letter.ftl", "fine\n  ${person.fullName?interpret}\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl:2:20")
        .hasMessageContaining("?interpret is not allowed");
    template("en/sponsor-letter.ftl", "${person.fullName? eval}\n");
    assertThatThrownBy(() -> renderWith(dir)).hasMessageContaining("?eval is not allowed");
  }

  @Test
  void apiBuiltInIsDisabled() throws IOException {
    template("en/sponsor-letter.ftl", "${person?api.getClass()}\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl:1");
  }

  @Test
  void includeCannotLeaveTheTemplatesFolder() throws IOException {
    template("en/sponsor-letter.ftl", "<#include \"../../etc/passwd\">\n");
    assertThatThrownBy(() -> renderWith(dir)).isInstanceOf(TemplateRenderException.class);
    template("en/sponsor-letter.ftl", "<#include \"/../../../../etc/passwd\">\n");
    assertThatThrownBy(() -> renderWith(dir)).isInstanceOf(TemplateRenderException.class);
    template("en/sponsor-letter.ftl", "<#include \"file:///etc/passwd\">\n");
    assertThatThrownBy(() -> renderWith(dir)).isInstanceOf(TemplateRenderException.class);
  }

  @Test
  void includeWithinTheFolderWorks() throws IOException {
    template("en/parts/greeting.ftl", "Hello ${person.givenNames}.\n");
    template("en/sponsor-letter.ftl", "<#include \"parts/greeting.ftl\">\n");
    assertThat(renderWith(dir).documents().get(0).text()).isEqualTo("Hello Joseph.\n");
  }

  @Test
  void onlyTemplateFilesCanBeIncluded() throws IOException {
    template("en/notes.txt", "<#list 1..2000000000 as i></#list>");
    template("en/sponsor-letter.ftl", "<#include \"notes.txt\">\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl");
  }

  @Test
  void symbolicLinksOutOfTheFolderAreRefused() throws IOException {
    Path outside = Files.createTempFile("outside-secret", ".ftl");
    try {
      Files.writeString(outside, "SECRET FROM OUTSIDE\n");
      Files.createDirectories(dir.resolve("en"));
      Files.createSymbolicLink(dir.resolve("en/sponsor-letter.ftl"), outside);
      assertThatThrownBy(() -> renderWith(dir))
          .isInstanceOf(TemplateRenderException.class)
          .hasMessageContaining("en/sponsor-letter.ftl")
          .hasMessageContaining("symbolic link")
          .hasMessageNotContaining("SECRET");
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void anEndlessLoopIsStoppedByTheTimeLimit() throws IOException {
    template(
        "en/sponsor-letter.ftl",
        "<#list 1..2000000000 as i><#list 1..2000000000 as j></#list></#list>\n");
    long start = System.nanoTime();
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl")
        .hasMessageContaining("stopped");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(templateThreadStops()).as("the template thread was interrupted and ended").isTrue();
  }

  private static boolean templateThreadStops() {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      boolean alive =
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.getName().equals("parolekit-template") && t.isAlive());
      if (!alive) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  @Test
  void runawayOutputIsStopped() throws IOException {
    template(
        "en/sponsor-letter.ftl",
        "<#list 1..100000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("stopped");
  }

  @Test
  void aSyntaxErrorNamesTemplateLineAndColumnEvenInAnUnusedTemplate() throws IOException {
    template("en/unused.ftl", "fine\nfine\n   <#if>\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOfSatisfying(
            TemplateRenderException.class,
            e -> {
              assertThat(e.templateName()).isEqualTo("en/unused.ftl");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isBetween(4, 6);
              assertThat(e.getMessage()).startsWith("template en/unused.ftl:3:");
            });
  }

  @Test
  void aMissingVariableIsAnErrorNotABlank() throws IOException {
    template("en/sponsor-letter.ftl", "${person.nothingLikeThis}\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl:1:3");
  }

  @Test
  void aTemplateErrorInTheLastDocumentMeansNothingIsWritten(@TempDir Path out) throws IOException {
    template("en/writing-guide.ftl", "${person.nothingLikeThis}\n");
    assertThatThrownBy(
            () ->
                new org.parolekit.output.OutputWriter()
                    .write(renderWith(dir).documents(), out, false))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/writing-guide.ftl:1");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void errorMessagesDoNotCarryCaseData() throws IOException {
    template("en/sponsor-letter.ftl", "${person.fullName?number}\n");
    assertThatThrownBy(() -> renderWith(dir))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("en/sponsor-letter.ftl:1")
        .hasMessageNotContaining("Kamara");
  }

  @Test
  void aMissingTemplatesFolderIsATypedError() {
    assertThatThrownBy(() -> renderWith(dir.resolve("does-not-exist")))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void spanishTemplatesAreLookedUpByLanguageToo() throws IOException {
    template(
        "es/sponsor-letter.ftl", "Carta propia para ${person.fullName} (${person.detenida}).\n");
    RenderResult r =
        service.render(
            Fixtures.sponsorOnly(
                Fixtures.mariaPerson(Pronouns.SHE), Fixtures.rosa(Fixtures.rosaTranslation())),
            LetterOptions.defaults(Fixtures.LETTER_DATE).withTemplatesDir(dir));
    assertThat(r.documents().get(0).language()).isEqualTo(Language.ES);
    assertThat(r.documents().get(0).text())
        .isEqualTo("Carta propia para María José Hernández López (detenida).\n");
  }
}
