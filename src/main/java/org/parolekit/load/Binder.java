package org.parolekit.load;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parolekit.load.Node.Entry;
import org.parolekit.load.Node.ListNode;
import org.parolekit.load.Node.MapNode;
import org.parolekit.load.Node.RejectedNode;
import org.parolekit.load.Node.ScalarNode;
import org.parolekit.model.Doc;
import org.parolekit.model.FileRef;
import org.parolekit.model.InvalidValueException;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Required;
import org.parolekit.model.YamlEnum;

/**
 * Binds a located YAML tree to the model's records by reflection, reporting every problem it finds
 * and constructing a record only when all of its parts are sound. Binds from the text as written,
 * so identifiers and dates never pass through a number.
 */
final class Binder {
  /** Marks a value that could not be bound; its problem is already reported. */
  private static final Object FAILED = new Object();

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final List<String> TRUE = List.of("true", "yes", "si");
  private static final List<String> FALSE = List.of("false", "no");

  private final Problems.Reporter out;
  private final Path baseDir;
  private final LocalDate today;
  private final List<FileRef> organizationProfiles = new ArrayList<>();

  /**
   * @param baseDir the folder relative paths in the file are resolved against
   * @param today the date birth dates and "since" dates are judged against
   */
  Binder(Problems.Reporter out, Path baseDir, LocalDate today) {
    this.out = out;
    this.baseDir = baseDir;
    this.today = today;
  }

  /** The organization profiles the file names that exist, whether or not the rest bound. */
  List<FileRef> organizationProfiles() {
    return List.copyOf(organizationProfiles);
  }

  /** The root record, or empty when any problem was found in it. */
  <T extends Record> Optional<T> bindRoot(Node root, Class<T> type) {
    if (root instanceof RejectedNode) {
      return Optional.empty();
    }
    if (!(root instanceof MapNode map)) {
      out.raw(
          root.line(),
          root.column(),
          "",
          out.text("root.notMapping", describe(root)),
          out.text("root.notMapping.hint", keysOf(type, 3)));
      return Optional.empty();
    }
    Object value = record(map, type, "");
    return value == FAILED ? Optional.empty() : Optional.of(type.cast(value));
  }

  /**
   * Binds one value written for one record component, with the checks and messages the whole file
   * gets; {@link #failed} tells whether a problem was reported instead.
   */
  Object bindComponent(RecordComponent rc, Node node, String parentPath) {
    Entry entry = new Entry(rc.getName(), node.line(), node.column(), node);
    MapNode holder = new MapNode(node.line(), node.column(), Map.of(rc.getName(), entry));
    return component(holder, rc, parentPath);
  }

  /** Whether a value returned by {@link #bindComponent} stands for a reported problem. */
  static boolean failed(Object value) {
    return value == FAILED;
  }

  private Object record(MapNode map, Class<?> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    boolean sound = true;
    for (Entry e : map.entries().values()) {
      if (!names.contains(e.key())) {
        sound = false;
        Optional<String> like = Spelling.closest(e.key(), names);
        if (Problems.Reporter.mayQuote(e.key(), like)) {
          out.raw(
              e.line(),
              e.column(),
              join(path, e.key()),
              out.text("key.unknown", e.key()),
              like.map(k -> out.text("suggestion", k))
                  .orElse(out.text("key.unknown.hint", String.join(", ", names))));
        } else {
          out.raw(
              e.line(),
              e.column(),
              path,
              out.text("key.unknown.notShown"),
              out.text("key.unknown.hint", String.join(", ", names)));
        }
      }
    }
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = component(map, components[i], path);
      if (value == FAILED) {
        sound = false;
      } else {
        args[i] = value;
      }
    }
    return sound ? construct(type, components, args, map, path) : FAILED;
  }

  private Object component(MapNode map, RecordComponent rc, String parentPath) {
    String path = join(parentPath, rc.getName());
    Entry entry = map.entries().get(rc.getName());
    Node node = entry == null ? null : entry.value();
    if (node instanceof RejectedNode) {
      return FAILED;
    }
    boolean required = rc.isAnnotationPresent(Required.class);
    if (node == null || (node instanceof ScalarNode s && s.isBlank())) {
      if (!required) {
        return absent(rc.getType());
      }
      if (entry == null) {
        out.raw(
            map.line(),
            map.column(),
            path,
            out.text("required.missing"),
            out.text("required.missing.hint", howToWrite(rc)));
      } else {
        out.raw(
            entry.line(),
            entry.column(),
            path,
            out.text("required.empty"),
            out.text("required.empty.hint", howToWrite(rc)));
      }
      return FAILED;
    }
    Object value = value(node, rc.getGenericType(), path, rc);
    if (required && value instanceof List<?> list && list.isEmpty()) {
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("required.emptyList"),
          out.text("required.emptyList.hint", howToWrite(rc)));
      return FAILED;
    }
    return value;
  }

  private static Object absent(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    return type == List.class ? List.of() : null;
  }

  private Object value(Node node, Type type, String path, RecordComponent rc) {
    if (node instanceof RejectedNode) {
      return FAILED;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return list(node, p.getActualTypeArguments()[0], path, rc);
    }
    Class<?> cls = (Class<?>) type;
    if (isMapping(cls)) {
      if (node instanceof MapNode map) {
        return record(map, cls, path);
      }
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("value.notMapping", describe(node)),
          out.text("value.notMapping.hint", keysOf(cls, 3)));
      return FAILED;
    }
    if (!(node instanceof ScalarNode scalar)) {
      out.at(node, path, "value.notSingle", describe(node));
      return FAILED;
    }
    return scalar(scalar, cls, path, rc);
  }

  private Object list(Node node, Type itemType, String path, RecordComponent rc) {
    if (!(node instanceof ListNode list)) {
      out.at(node, path, "value.notList", describe(node));
      return FAILED;
    }
    List<Object> items = new ArrayList<>();
    boolean sound = true;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String itemPath = path + "[" + i + "]";
      if (item instanceof ScalarNode s && s.isBlank()) {
        out.at(item, itemPath, "list.emptyEntry");
        sound = false;
        continue;
      }
      Object value = value(item, itemType, itemPath, rc);
      if (value == FAILED) {
        sound = false;
      } else {
        items.add(value);
      }
    }
    return sound ? List.copyOf(items) : FAILED;
  }

  private Object scalar(ScalarNode node, Class<?> type, String path, RecordComponent rc) {
    String text = node.text().strip();
    if (type == String.class) {
      return FieldRules.isPersonName(rc) ? name(node, text, path) : text;
    }
    if (type == boolean.class || type == Boolean.class) {
      return bool(node, text, path);
    }
    if (type == LocalDate.class) {
      return date(node, text, path, rc);
    }
    if (type == Integer.class || type == int.class) {
      return amount(node, text, path);
    }
    if (type == FileRef.class) {
      return file(node, text, path, rc);
    }
    if (type.isEnum() && YamlEnum.class.isAssignableFrom(type)) {
      return enumValue(node, text, type, path);
    }
    if (hasParse(type)) {
      return parsed(node, text, type, path, rc);
    }
    throw new IllegalStateException("the model uses a type the loader cannot read: " + type);
  }

  /** A person's name: of a real name's length, and with at least one letter one can see. */
  private Object name(ScalarNode node, String text, String path) {
    if (text.codePointCount(0, text.length()) > FieldRules.MAX_NAME_CHARS) {
      out.at(node, path, "name.tooLong", String.valueOf(FieldRules.MAX_NAME_CHARS));
      return FAILED;
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      out.at(node, path, "name.noLetter");
      return FAILED;
    }
    // One form for "é", whether typed as one character or as "e" and an accent, so letters match.
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** A whole amount such as 4100, "$4,100" or "4 100": up to ten million. */
  private Object amount(ScalarNode node, String text, String path) {
    String digits = text.replaceAll("^\\$|[,\\s]", "");
    if (!digits.matches("\\d{1,8}") || Long.parseLong(digits) > 10_000_000L) {
      out.at(node, path, "amount.invalid");
      return FAILED;
    }
    return Integer.parseInt(digits);
  }

  private Object bool(ScalarNode node, String text, String path) {
    String word = Spelling.asEnumName(text);
    if (TRUE.contains(word)) {
      return true;
    }
    if (FALSE.contains(word)) {
      return false;
    }
    out.at(node, path, "boolean.invalid");
    return FAILED;
  }

  private Object date(ScalarNode node, String text, String path, RecordComponent rc) {
    if (!ISO_DATE.matcher(text).matches()) {
      out.at(node, path, "date.format");
      return FAILED;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text, STRICT_DATE);
    } catch (DateTimeException e) {
      out.at(node, path, "date.unreal");
      return FAILED;
    }
    if (FieldRules.isBirthDate(rc)) {
      if (date.isAfter(today)) {
        out.at(node, path, "birth.future");
        return FAILED;
      }
      if (date.isBefore(today.minusYears(FieldRules.MAX_AGE_YEARS))) {
        out.at(node, path, "birth.tooOld", String.valueOf(FieldRules.MAX_AGE_YEARS));
        return FAILED;
      }
    }
    return date;
  }

  private Object enumValue(ScalarNode node, String text, Class<?> type, String path) {
    List<String> spellings = new ArrayList<>();
    String wanted = Spelling.asEnumName(text);
    for (Object constant : type.getEnumConstants()) {
      String name = ((YamlEnum) constant).yamlName();
      if (name.equals(wanted)) {
        return constant;
      }
      spellings.add(name);
    }
    String allowed = String.join(", ", spellings);
    Optional<String> like =
        Spelling.synonym(text, spellings).or(() -> Spelling.closest(text, spellings));
    if (Problems.Reporter.mayQuote(text, like) || Spelling.synonym(text, spellings).isPresent()) {
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("enum.unknown", text),
          like.map(l -> out.text("enum.unknown.suggestion", l, allowed))
              .orElse(out.text("enum.unknown.hint", allowed)));
    } else {
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("enum.unknown.notShown"),
          out.text("enum.unknown.hint", allowed));
    }
    return FAILED;
  }

  private Object file(ScalarNode node, String text, String path, RecordComponent rc) {
    List<String> extensions = FieldRules.extensions(rc);
    String lower = text.toLowerCase(Locale.ROOT);
    if (!extensions.isEmpty() && extensions.stream().noneMatch(x -> lower.endsWith("." + x))) {
      out.at(
          node,
          path,
          "file.kind",
          extensions.stream().map(x -> "." + x).collect(Collectors.joining(", ")));
      return FAILED;
    }
    Path resolved;
    try {
      resolved = baseDir.resolve(text).normalize();
    } catch (InvalidPathException e) {
      out.at(node, path, "file.badPath");
      return FAILED;
    }
    if (!Files.isRegularFile(resolved)) {
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("file.missing", out.quotable(shortened(text))),
          out.text("file.missing.hint", String.valueOf(out.file().getFileName())));
      return FAILED;
    }
    if (extensions == FieldRules.LETTER && !inside(resolved, baseDir)) {
      // A letter's words go into every letter and packet: they must come from the case's folder,
      // as attachments must, not from wherever a path leads.
      out.raw(
          node.line(),
          node.column(),
          path,
          out.text("file.outside"),
          out.text("file.outside.hint", String.valueOf(out.file().getFileName())));
      return FAILED;
    }
    FileRef ref = new FileRef(text, resolved);
    if (FieldRules.isOrganizationProfile(rc)) {
      organizationProfiles.add(ref);
    }
    return ref;
  }

  private Object parsed(
      ScalarNode node, String text, Class<?> type, String path, RecordComponent rc) {
    Object value;
    try {
      value = type.getMethod("parse", String.class).invoke(null, text);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        invalid(node.line(), node.column(), path, invalid);
        return FAILED;
      }
      throw new IllegalStateException("parsing " + type.getSimpleName() + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call " + type.getSimpleName() + ".parse", e);
    }
    if (FieldRules.isSinceDate(rc) && value instanceof PartialDate since && since.isAfter(today)) {
      out.at(node, path, "since.future");
      return FAILED;
    }
    return value;
  }

  private Object construct(
      Class<?> type, RecordComponent[] components, Object[] args, MapNode map, String path) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        invalid(map.line(), map.column(), path, invalid);
        return FAILED;
      }
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /** Reports a value type's refusal, in the user's language when its message key is known. */
  private void invalid(int line, int column, String path, InvalidValueException invalid) {
    if (invalid.key().isPresent()) {
      out.at(line, column, path, invalid.key().get(), invalid.args());
    } else {
      out.raw(line, column, path, invalid.getMessage(), invalid.hint());
    }
  }

  /** Whether a type is written as a mapping of keys rather than as one piece of text. */
  private static boolean isMapping(Class<?> type) {
    return type.isRecord() && type != FileRef.class && !hasParse(type);
  }

  /** Whether a type is a value read from one piece of text by a static {@code parse(String)}. */
  static boolean hasParse(Class<?> type) {
    try {
      Method parse = type.getMethod("parse", String.class);
      return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** How to write a missing field: its key and an example, or what it holds. */
  private String howToWrite(RecordComponent rc) {
    Doc doc = rc.getAnnotation(Doc.class);
    String example = doc == null ? "" : doc.example();
    if (!example.isEmpty()) {
      return out.text("howTo.example", rc.getName(), example);
    }
    if (isMapping(rc.getType())) {
      return out.text("howTo.mapping", rc.getName(), requiredKeysOf(rc.getType()));
    }
    return doc == null
        ? out.text("howTo.bare", rc.getName())
        : out.text("howTo.described", rc.getName(), stripDot(doc.value()));
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String requiredKeysOf(Class<?> type) {
    List<String> required =
        Arrays.stream(type.getRecordComponents())
            .filter(c -> c.isAnnotationPresent(Required.class))
            .map(RecordComponent::getName)
            .toList();
    return String.join(", ", required.isEmpty() ? List.of(keysOf(type, 3)) : required);
  }

  private static String keysOf(Class<?> type, int howMany) {
    return Arrays.stream(type.getRecordComponents())
        .limit(howMany)
        .map(c -> c.getName() + ":")
        .collect(Collectors.joining(", "));
  }

  private String describe(Node node) {
    if (node instanceof MapNode) {
      return out.text("shape.mapping");
    }
    return out.text(node instanceof ListNode ? "shape.list" : "shape.value");
  }

  /** Whether {@code file}, links followed, lies in {@code folder} or below it. */
  private static boolean inside(Path file, Path folder) {
    try {
      return file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
