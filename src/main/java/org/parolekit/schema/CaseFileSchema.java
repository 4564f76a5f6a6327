package org.parolekit.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parolekit.model.ANumber;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Doc;
import org.parolekit.model.FileRef;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Required;
import org.parolekit.model.YamlEnum;

/**
 * The JSON Schema (draft 2020-12) of case files and organization profiles, generated from the
 * model's records and their {@link Required} and {@link Doc} annotations, so editors can check and
 * complete a case file and the schema never drifts from what the loader reads.
 */
public final class CaseFileSchema {
  /** The JSON Schema dialect the generated schemas declare. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /**
   * Forms {@link ANumber#parse} accepts: an optional A, then 8 or 9 digits with spaces or hyphens.
   */
  public static final String A_NUMBER_PATTERN = "^\\s*[Aa]?\\s*[0-9][0-9 \\-]{6,12}[0-9]\\s*$";

  /** An ISO date, {@code YYYY-MM-DD}. */
  public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** A year, a month or a day: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}. */
  public static final String PARTIAL_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  private static final int MAX_TEXT = 20_000;
  private static final List<String> YES_NO = List.of("true", "false", "yes", "no", "sí", "si");

  private final JsonNodeFactory json = JsonNodeFactory.instance;
  private final ObjectNode defs = json.objectNode();

  private CaseFileSchema() {}

  /** The schema of a case file, pretty-printed with a stable key order. */
  public static String caseFile() {
    return print(new CaseFileSchema().root(CaseFile.class, "parolekit case file"));
  }

  /** The schema of an organization profile, pretty-printed with a stable key order. */
  public static String organizationProfile() {
    return print(
        new CaseFileSchema().root(OrganizationProfile.class, "parolekit organization profile"));
  }

  /** The schema of {@code type} as a tree, for tests and tools that want to walk it. */
  public static ObjectNode tree(Class<? extends Record> type) {
    return new CaseFileSchema().root(type, type.getSimpleName());
  }

  private ObjectNode root(Class<?> type, String title) {
    ObjectNode schema = json.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", title);
    ObjectNode body = recordSchema(type);
    schema.setAll(body);
    if (!defs.isEmpty()) {
      schema.set("$defs", defs);
    }
    return schema;
  }

  private ObjectNode recordSchema(Class<?> type) {
    ObjectNode schema = json.objectNode();
    Doc doc = type.getAnnotation(Doc.class);
    if (doc != null) {
      schema.put("description", doc.value());
    }
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = json.arrayNode();
    for (RecordComponent rc : type.getRecordComponents()) {
      boolean isRequired = rc.isAnnotationPresent(Required.class);
      properties.set(rc.getName(), property(rc, isRequired));
      if (isRequired) {
        required.add(rc.getName());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private ObjectNode property(RecordComponent rc, boolean required) {
    ObjectNode schema = json.objectNode();
    Doc doc = rc.getAnnotation(Doc.class);
    if (doc != null) {
      schema.put("description", doc.value());
    }
    schema.setAll(typeSchema(rc.getGenericType(), required));
    if (doc != null && !doc.example().isEmpty()) {
      schema.putArray("examples").add(example(doc.example(), rc.getType()));
    }
    return schema;
  }

  private JsonNode example(String text, Class<?> type) {
    if (type == List.class && text.startsWith("[") && text.endsWith("]")) {
      ArrayNode items = json.arrayNode();
      for (String item : text.substring(1, text.length() - 1).split(",")) {
        items.add(item.strip());
      }
      return items;
    }
    return json.textNode(text);
  }

  private ObjectNode typeSchema(Type type, boolean required) {
    ObjectNode schema = json.objectNode();
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      schema.put("type", "array");
      schema.set("items", typeSchema(p.getActualTypeArguments()[0], true));
      if (required) {
        schema.put("minItems", 1);
      }
      return schema;
    }
    Class<?> cls = (Class<?>) type;
    if (cls == String.class) {
      schema.put("type", "string");
      if (required) {
        schema.put("minLength", 1);
      }
      schema.put("maxLength", MAX_TEXT);
    } else if (cls == Integer.class || cls == int.class) {
      schema.putArray("type").add("integer").add("string");
    } else if (cls == boolean.class || cls == Boolean.class) {
      schema
          .putArray("anyOf")
          .add(json.objectNode().put("type", "boolean"))
          .add(json.objectNode().put("type", "string").put("pattern", yesNoPattern()));
    } else if (cls == LocalDate.class) {
      schema.put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
    } else if (cls == PartialDate.class) {
      schema.putArray("type").add("string").add("integer");
      schema.put("pattern", PARTIAL_DATE_PATTERN);
    } else if (cls == ANumber.class) {
      schema.putArray("type").add("string").add("integer");
      schema.put("pattern", A_NUMBER_PATTERN);
    } else if (cls == FileRef.class) {
      schema.put("type", "string").put("minLength", 1);
    } else if (cls.isEnum() && YamlEnum.class.isAssignableFrom(cls)) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Object constant : cls.getEnumConstants()) {
        values.add(((YamlEnum) constant).yamlName());
      }
    } else if (cls.isRecord() && !hasParse(cls)) {
      String name = cls.getSimpleName();
      if (!defs.has(name)) {
        // reserve the name first, so a record reached again while being described is not redone
        defs.putObject(name);
        defs.set(name, recordSchema(cls));
      }
      schema.put("$ref", "#/$defs/" + name);
    } else {
      throw new IllegalStateException(
          "the schema generator does not know the type " + cls.getName());
    }
    return schema;
  }

  private static boolean hasParse(Class<?> type) {
    try {
      Method parse = type.getMethod("parse", String.class);
      return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Yes and no in any letter case, as ECMA-262 regular expressions have no case-insensitive flag.
   */
  private static String yesNoPattern() {
    List<String> words = new ArrayList<>();
    for (String word : YES_NO) {
      StringBuilder w = new StringBuilder();
      for (char c : word.toCharArray()) {
        String lower = String.valueOf(c);
        String upper = lower.toUpperCase(Locale.ROOT);
        w.append(lower.equals(upper) ? lower : "[" + lower + upper + "]");
      }
      words.add(w.toString());
    }
    return "^\\s*(" + String.join("|", words) + ")\\s*$";
  }

  private static String print(ObjectNode schema) {
    DefaultIndenter newlines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(newlines).withArrayIndenter(newlines);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema tree always prints", e);
    }
  }
}
