package org.parolekit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles behind what validate reports say the same things in English and in Spanish. */
class MessagesBundleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/org/parolekit/validate/Messages",
        "/org/parolekit/check/CheckMessages",
        "/org/parolekit/cli/Report",
        "/org/parolekit/load/Messages"
      })
  void everyEnglishKeyHasASpanishEntryAndViceVersa(String bundle) {
    Set<String> english = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
    Set<String> spanish = new TreeSet<>(load(bundle + "_es.properties").stringPropertyNames());
    assertThat(english).isNotEmpty();
    assertThat(spanish).as("keys in %s_es", bundle).containsExactlyElementsOf(english);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/org/parolekit/validate/Messages", "/org/parolekit/check/CheckMessages"})
  void everySpanishEntryIsTranslatedAndKeepsTheSameArguments(String bundle) {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String es = spanish.getProperty(key, "");
      assertThat(es).as(key).isNotBlank();
      if (!key.startsWith("script.") && en.length() > 12) {
        assertThat(es).as(key).isNotEqualTo(en);
      }
      assertThat(arguments(es)).as(key).isEqualTo(arguments(en));
    }
  }

  /** The {0}, {1}... a text uses. */
  private static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    var m = java.util.regex.Pattern.compile("\\{(\\d)").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String resource) {
    Properties p = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }
}
