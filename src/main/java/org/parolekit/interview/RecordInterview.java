package org.parolekit.interview;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parolekit.load.FieldAnswer;
import org.parolekit.load.FieldValidator;
import org.parolekit.model.ANumber;
import org.parolekit.model.Address;
import org.parolekit.model.Commitments;
import org.parolekit.model.FileRef;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.InvalidValueException;
import org.parolekit.model.Language;
import org.parolekit.model.PartialDate;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Required;
import org.parolekit.model.YamlEnum;

/**
 * Asks for a record field by field, in the model's order: each answer is checked at once by the
 * loader's own rules ({@link FieldValidator}) and asked again with the loader's message when it is
 * wrong. Nested records and lists of records are asked in turn; what the caller marks as not asked
 * is kept as it was.
 */
final class RecordInterview {
  /** What to do with the items a list already holds. */
  enum ListMode {
    /** Go through each item: keep it, change it or remove it. */
    REVIEW,
    /** Keep them as they are and only offer to add more. */
    APPEND
  }

  private static final Set<String> COUNTRY_FIELDS =
      Set.of("Person.countryOfBirth", "IdentityDocument.issuingCountry", "Address.country");
  private static final Set<String> RELATIONSHIP_FIELDS =
      Set.of("Sponsor.relationship", "Supporter.relationship");

  private final Prompter prompter;
  private final InterviewText text;
  private final FieldValidator validator;
  private final Set<String> notAsked;
  private final Map<String, String> remembered = new HashMap<>();

  /**
   * @param notAsked components left as they are, as {@code Record.component}, for example {@code
   *     Sponsor.statements}
   */
  RecordInterview(
      Prompter prompter, InterviewText text, FieldValidator validator, Set<String> notAsked) {
    this.prompter = prompter;
    this.text = text;
    this.validator = validator;
    this.notAsked = Set.copyOf(notAsked);
  }

  /** Asks for every field of {@code type}, offering {@code existing}'s values as defaults. */
  <R extends Record> R ask(Class<R> type, R existing, String path) {
    while (true) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent rc = components[i];
        Object current = existing == null ? null : get(existing, rc);
        args[i] =
            notAsked.contains(key(rc)) || !applies(rc, components, args)
                ? current
                : component(rc, current, join(path, rc.getName()));
      }
      try {
        return construct(type, components, args);
      } catch (InvalidValueException e) {
        prompter.say(
            "  ! " + path + ": " + Sentences.capitalized(e.getMessage() + ". " + e.hint()));
      }
    }
  }

  /** Asks a list of records: reviews or keeps what is there, then offers to add more. */
  <R extends Record> List<R> askList(
      Class<R> type, List<R> existing, String path, RecordComponent rc, ListMode mode) {
    List<R> items = new ArrayList<>();
    for (R item : existing) {
      if (mode == ListMode.APPEND) {
        items.add(item);
        continue;
      }
      String itemPath = path + "[" + items.size() + "]";
      prompter.say(
          text.get("list.item", text.label(rc), existing.indexOf(item) + 1, summary(item)));
      String choice =
          choose(
              text.get("list.keep"),
              List.of("keep", "edit", "remove"),
              "keep",
              text.get("help.keep"));
      switch (choice) {
        case "edit" -> items.add(ask(type, item, itemPath));
        case "remove" -> {}
        default -> items.add(item);
      }
    }
    while (yesNo(
        text.get(InterviewText.componentKey("add", rc), items.size()),
        false,
        text.find(InterviewText.componentKey("help", rc)))) {
      items.add(ask(type, null, path + "[" + items.size() + "]"));
    }
    return List.copyOf(items);
  }

  /** A yes-or-no question read the way the loader reads yes and no. */
  boolean yesNo(String question, boolean byDefault) {
    return yesNo(question, byDefault, Optional.empty());
  }

  /** A yes-or-no question; {@code ?} shows {@code help}, if any, and how to answer. */
  boolean yesNo(String question, boolean byDefault, Optional<String> help) {
    String def = word(byDefault);
    while (true) {
      String answer = prompter.ask("  " + question + " [" + def + "]: ", yesNoChoices());
      if (answer.equals("?")) {
        help.ifPresent(h -> prompter.say("    " + h));
        prompter.say("    " + text.get("help.yesNo"));
        continue;
      }
      FieldAnswer checked =
          validator.check(Commitments.class, "housing", answer.isEmpty() ? def : answer, "");
      if (checked.isValid()) {
        return (Boolean) checked.value();
      }
      prompter.say("  ! " + Sentences.capitalized(checked.explanation()));
    }
  }

  private String choose(String question, List<String> keys, String byDefault, String help) {
    List<String> words = keys.stream().map(k -> text.get("word." + k)).toList();
    String def = text.get("word." + byDefault);
    while (true) {
      String answer =
          prompter.ask(
              "  " + question + " (" + String.join("/", words) + ") [" + def + "]: ",
              words.stream().map(w -> new Prompter.Choice(w, "")).toList());
      if (answer.equals("?")) {
        prompter.say("    " + help);
        continue;
      }
      String folded = fold(answer.isEmpty() ? def : answer);
      for (int i = 0; i < keys.size(); i++) {
        if (fold(words.get(i)).startsWith(folded) || keys.get(i).equals(folded)) {
          return keys.get(i);
        }
      }
      prompter.say(
          "  ! " + Sentences.capitalized(text.get("choice.invalid", String.join(", ", words))));
    }
  }

  private Object component(RecordComponent rc, Object current, String path) {
    Type generic = rc.getGenericType();
    Class<?> type = rc.getType();
    if (type == List.class && itemType(generic).isRecord() && !isValue(itemType(generic))) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<Object> items =
          askList(
              (Class) itemType(generic),
              current == null ? List.of() : (List) current,
              path,
              rc,
              ListMode.REVIEW);
      return items;
    }
    if (type.isRecord() && !isValue(type)) {
      return nested(rc, (Record) current, path);
    }
    return scalar(rc, current, path);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object nested(RecordComponent rc, Record current, String path) {
    boolean required = rc.isAnnotationPresent(Required.class) || rc.getType() == Commitments.class;
    if (!required
        && !yesNo(
            text.get(InterviewText.componentKey("add", rc), 0),
            current != null,
            text.find(InterviewText.componentKey("help", rc)))) {
      return null;
    }
    prompter.say("  " + text.label(rc) + ":");
    return ask((Class) rc.getType(), current, path);
  }

  private Object scalar(RecordComponent rc, Object current, String path) {
    boolean required = rc.isAnnotationPresent(Required.class);
    Optional<ChoiceWords> words = words(rc);
    String def = current == null ? defaultFor(rc) : textOf(current);
    List<Prompter.Choice> choices = choices(rc, words);
    String inline =
        choices.size() <= 6 && !choices.isEmpty()
            ? " ("
                + choices.stream().map(Prompter.Choice::value).collect(Collectors.joining(", "))
                + ")"
            : "";
    String prompt =
        "  " + text.label(rc) + inline + (def.isEmpty() ? "" : " [" + shorten(def) + "]") + ": ";
    while (true) {
      String answer = prompter.ask(prompt, choices);
      if (answer.equals("?")) {
        prompter.say("    " + text.help(rc));
        words
            .filter(ChoiceWords::translated)
            .ifPresent(
                w ->
                    prompter.say(
                        "    "
                            + text.get(
                                "help.choices",
                                w.words().stream()
                                    .map(x -> x.shown() + " (" + x.code() + ")")
                                    .collect(Collectors.joining(", ")))));
        if (!choices.isEmpty() && inline.isEmpty()) {
          prompter.say("    " + text.get("help.tab"));
        }
        continue;
      }
      if (answer.equals("-") && !required) {
        answer = "";
      } else if (answer.isEmpty()) {
        answer = def;
      }
      if (answer.isEmpty() && required) {
        prompter.say("  ! " + text.get("answer.required"));
        continue;
      }
      if (words.isPresent() && !answer.isEmpty()) {
        Optional<String> codes =
            rc.getType() == List.class ? words.get().codes(answer) : words.get().code(answer);
        if (codes.isPresent()) {
          answer = codes.get();
        } else if (!unfinished(words.get(), answer, rc.getType() == List.class)) {
          continue;
        }
      }
      if (rc.getType() == LocalDate.class || rc.getType() == PartialDate.class) {
        answer = readDate(answer);
      }
      FieldAnswer checked = validator.check(declaring(rc), rc.getName(), answer, parentOf(path));
      if (checked.isValid()) {
        if (isResidence(rc, path) && Address.isPostOfficeBox(answer) && !keepPostOfficeBox()) {
          continue;
        }
        if (!answer.isEmpty()) {
          remembered.put(key(rc), answer);
        }
        return checked.value();
      }
      prompter.say("  ! " + Sentences.capitalized(checked.explanation()));
    }
  }

  /**
   * What to do with an answer that is none of the choices: when it begins one or more of them,
   * lists those and asks again (false); when the choices are shown in other words than the case
   * file's codes, lists them and asks again (false); otherwise leaves the answer to the loader's
   * rules, which suggest the nearest code (true).
   */
  private boolean unfinished(ChoiceWords words, String answer, boolean list) {
    List<ChoiceWords.Word> begun = list ? List.of() : words.startingWith(answer);
    if (!begun.isEmpty()) {
      prompter.say(
          "  ! "
              + text.get(
                  "choice.unfinished",
                  begun.stream().map(ChoiceWords.Word::shown).collect(Collectors.joining(", "))));
      return false;
    }
    if (words.translated()) {
      prompter.say(
          "  ! "
              + text.get(
                  "choice.unknown",
                  words.words().stream()
                      .map(ChoiceWords.Word::shown)
                      .collect(Collectors.joining(", "))));
      return false;
    }
    return true;
  }

  /**
   * A date typed day and month first becomes YYYY-MM-DD; when both readings are dates, the writer
   * says which.
   */
  private String readDate(String answer) {
    Optional<SlashDate> typed = SlashDate.read(answer);
    if (typed.isEmpty()) {
      return answer;
    }
    SlashDate date = typed.get();
    if (date.ambiguous()) {
      String usual = text.language() == Language.ES ? "day" : "month";
      String first =
          choose(
              text.get("date.order"), List.of("day", "month"), usual, text.get("help.date.order"));
      return (first.equals("day") ? date.dayFirst() : date.monthFirst()).orElseThrow().toString();
    }
    return date.unambiguous().map(LocalDate::toString).orElse(answer);
  }

  /**
   * The street line of an address where the person will live: the sponsor's, or the one given
   * instead.
   */
  private static boolean isResidence(RecordComponent rc, String path) {
    String parent = parentOf(path);
    return key(rc).equals("Address.street")
        && (parent.equals("sponsor.address") || parent.equals("sponsor.personWillLiveAt"));
  }

  private boolean keepPostOfficeBox() {
    prompter.say("  ! " + text.get("poBox.warning"));
    return yesNo(text.get("poBox.keep"), false, text.find("help.Address.street"));
  }

  /**
   * Whether a field applies given the answers before it: a status detail only for a status the enum
   * calls other.
   */
  private static boolean applies(RecordComponent rc, RecordComponent[] components, Object[] args) {
    if (!key(rc).equals("Sponsor.statusDetail")) {
      return true;
    }
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals("immigrationStatus")) {
        return args[i] == ImmigrationStatus.OTHER;
      }
    }
    return true;
  }

  private Optional<ChoiceWords> words(RecordComponent rc) {
    Class<?> type = rc.getType() == List.class ? itemType(rc.getGenericType()) : rc.getType();
    return type.isEnum() && YamlEnum.class.isAssignableFrom(type)
        ? Optional.of(ChoiceWords.of(type, text))
        : Optional.empty();
  }

  private String defaultFor(RecordComponent rc) {
    return switch (key(rc)) {
      case "Person.languages", "Sponsor.language", "Supporter.language" ->
          text.shown(text.language(), text.language().yamlName());
      case "IdentityDocument.issuingCountry" ->
          remembered.getOrDefault("Person.countryOfBirth", "");
      case "PreparedBy.role" ->
          text.shown(PreparerRole.VOLUNTEER, PreparerRole.VOLUNTEER.yamlName());
      default -> rc.getType() == boolean.class ? word(false) : "";
    };
  }

  /** What Tab offers at the question for {@code rc}. */
  List<Prompter.Choice> choices(RecordComponent rc) {
    return choices(rc, words(rc));
  }

  private List<Prompter.Choice> choices(RecordComponent rc, Optional<ChoiceWords> words) {
    Class<?> type = rc.getType();
    List<Prompter.Choice> choices = new ArrayList<>();
    if (words.isPresent()) {
      words
          .get()
          .words()
          .forEach(w -> choices.add(new Prompter.Choice(w.shown(), w.description())));
    } else if (type == boolean.class || type == Boolean.class) {
      choices.addAll(yesNoChoices());
    } else if (COUNTRY_FIELDS.contains(key(rc))) {
      text.countries().forEach(c -> choices.add(new Prompter.Choice(c, "")));
    } else if (RELATIONSHIP_FIELDS.contains(key(rc))) {
      for (String r : text.get("choices.relationship").split(",")) {
        choices.add(new Prompter.Choice(r.strip(), ""));
      }
    }
    return choices;
  }

  private List<Prompter.Choice> yesNoChoices() {
    return List.of(new Prompter.Choice(word(true), ""), new Prompter.Choice(word(false), ""));
  }

  private String word(boolean yes) {
    return text.get(yes ? "word.yes" : "word.no");
  }

  private String textOf(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(this::textOf).collect(Collectors.joining(", "));
    }
    if (value instanceof YamlEnum e) {
      return text.shown((Enum<?>) e, e.yamlName());
    }
    if (value instanceof ANumber a) {
      return a.formatted();
    }
    if (value instanceof FileRef f) {
      return f.written();
    }
    if (value instanceof Boolean b) {
      return word(b);
    }
    return String.valueOf(value);
  }

  /** A one-line reminder of a list item: its first two answers. */
  private String summary(Record item) {
    return Arrays.stream(item.getClass().getRecordComponents())
        .map(rc -> get(item, rc))
        .filter(v -> v != null && !(v instanceof Record) && !(v instanceof List<?>))
        .limit(2)
        .map(this::textOf)
        .collect(Collectors.joining(", "));
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isValue(Class<?> type) {
    return type == FileRef.class
        || type == ANumber.class
        || type == PartialDate.class
        || type == LocalDate.class;
  }

  private static Class<?> itemType(Type generic) {
    return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Record> declaring(RecordComponent rc) {
    return (Class<? extends Record>) rc.getDeclaringRecord();
  }

  static String key(RecordComponent rc) {
    return rc.getDeclaringRecord().getSimpleName() + "." + rc.getName();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  static Object get(Record r, RecordComponent rc) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName(), e);
    }
  }

  private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] args) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<R> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        throw invalid;
      }
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }
}
