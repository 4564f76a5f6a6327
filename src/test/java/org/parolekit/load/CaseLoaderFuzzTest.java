package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parolekit.fuzz.PersonalValues;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Doc;
import org.parolekit.model.OrganizationProfile;

/**
 * Any bytes given as a case file are loaded or refused with a {@link CaseFileException}, quickly,
 * in English and in Spanish, and no problem repeats a value of the file (an A-number, a birth date,
 * a phone number) in its message.
 */
class CaseLoaderFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static Path dir;
  private static String wording;

  @BeforeAll
  static void folder() throws IOException {
    dir = Files.createTempDirectory("case-fuzz");
    StringBuilder own =
        new StringBuilder(bundle("Messages.properties")).append(bundle("Messages_es.properties"));
    examples(CaseFile.class, new HashSet<>(), own);
    examples(OrganizationProfile.class, new HashSet<>(), own);
    wording = own.toString();
    Path warmUp = dir.resolve("case.yaml");
    Files.writeString(warmUp, "person:\n  givenNames: Ana\n");
    try {
      new CaseLoader(TODAY).load(warmUp);
    } catch (CaseFileException expected) {
      // only loads the classes, so the first input is timed like the others
    }
  }

  /** The sample values that hints show ({@link Doc#example()}), for every field of {@code type}. */
  private static void examples(Class<?> type, Set<Class<?>> seen, StringBuilder out) {
    if (!type.isRecord() || !seen.add(type)) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      Doc doc = c.getAnnotation(Doc.class);
      if (doc != null) {
        out.append('|').append(doc.example());
      }
      examples(c.getType(), seen, out);
      if (c.getGenericType() instanceof ParameterizedType p) {
        for (Type argument : p.getActualTypeArguments()) {
          if (argument instanceof Class<?> k) {
            examples(k, seen, out);
          }
        }
      }
    }
  }

  private static String bundle(String name) throws IOException {
    try (var in = CaseLoader.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(dir.resolve("case.yaml"));
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "10m")
  void loadsOrRefusesAnyCaseFile(byte[] bytes) throws IOException {
    Path file = dir.resolve("case.yaml");
    Files.write(file, bytes);
    String input = new String(bytes, StandardCharsets.UTF_8);
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("es")}) {
      long start = System.nanoTime();
      try {
        LoadedCase loaded = new CaseLoader(TODAY, locale).load(file);
        assertThat(loaded.caseFile()).isNotNull();
      } catch (CaseFileException e) {
        for (Problem p : e.problems()) {
          String text = p.format().replace(dir.toString(), "");
          assertThat(PersonalValues.echoed(input, text, wording)).as(text).isEmpty();
        }
      }
      assertThat((System.nanoTime() - start) / 1_000_000)
          .as("milliseconds for %d bytes", bytes.length)
          .isLessThan(30_000);
    }
  }
}
