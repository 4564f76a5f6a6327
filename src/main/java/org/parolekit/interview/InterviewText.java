package org.parolekit.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.parolekit.model.Doc;
import org.parolekit.model.Language;

/**
 * The words of the interview and the coach in one language, from {@code Messages.properties} and
 * {@code Messages_es.properties} beside this class, and the bundled list of countries.
 */
public final class InterviewText {
  private final Language language;
  private final Locale locale;
  private final ResourceBundle bundle;

  public InterviewText(Language language) {
    this.language = language;
    this.locale = language.locale();
    this.bundle =
        ResourceBundle.getBundle(
            "org.parolekit.interview.Messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  /** The locale the loader's messages are asked for in. */
  public Locale locale() {
    return locale;
  }

  /** The text under {@code key} with its arguments filled in. */
  public String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public Optional<String> find(String key, Object... args) {
    return bundle.containsKey(key) ? Optional.of(get(key, args)) : Optional.empty();
  }

  /** What a field is called in a question. */
  public String label(RecordComponent rc) {
    return find(componentKey("label", rc)).orElse(rc.getName());
  }

  /** What goes in a field: the bundle's help, or the model's own description in English. */
  public String help(RecordComponent rc) {
    Optional<String> help = find(componentKey("help", rc));
    if (help.isPresent()) {
      return help.get();
    }
    Doc doc = rc.getAnnotation(Doc.class);
    if (doc == null) {
      return label(rc);
    }
    return doc.example().isEmpty() ? doc.value() : doc.value() + " (" + doc.example() + ")";
  }

  /**
   * What a value of an enumeration means, for completion lists; empty when the bundle does not say.
   */
  public String describe(Enum<?> constant, String yamlName) {
    return find("enum." + constant.getDeclaringClass().getSimpleName() + "." + yamlName).orElse("");
  }

  /**
   * The word a value of an enumeration is shown as and answered with: its code in English, whose
   * codes are English words; in another language the bundle's {@code enum.Type.code}.
   */
  public String shown(Enum<?> constant, String yamlName) {
    if (language == Language.EN) {
      return yamlName;
    }
    return find("enum." + constant.getDeclaringClass().getSimpleName() + "." + yamlName)
        .orElse(yamlName);
  }

  /**
   * Other words that mean a value of an enumeration, from the bundle's {@code enum.Type.code.also}.
   */
  public List<String> alsoAccepted(Enum<?> constant, String yamlName) {
    return find("enum." + constant.getDeclaringClass().getSimpleName() + "." + yamlName + ".also")
        .map(
            words ->
                Arrays.stream(words.split(","))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  static String componentKey(String kind, RecordComponent rc) {
    return kind + "." + rc.getDeclaringRecord().getSimpleName() + "." + rc.getName();
  }

  /** The bundled names of common countries of origin, in this language. */
  public List<String> countries() {
    List<String> names = new ArrayList<>();
    try (InputStream in = InterviewText.class.getResourceAsStream("countries.txt")) {
      if (in == null) {
        throw new MissingResourceException(
            "countries.txt", InterviewText.class.getName(), "countries");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] names2 = line.split("\\|");
        names.add(
            language == Language.ES && names2.length > 1 ? names2[1].strip() : names2[0].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(names);
  }
}
