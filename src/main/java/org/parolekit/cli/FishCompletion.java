package org.parolekit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script made from the command line's own model (picocli writes bash and zsh
 * only): every command and subcommand, every option with its description, the choices of options
 * and parameters that have them, and file names where a parameter is a path.
 */
public final class FishCompletion {
  private FishCompletion() {}

  /**
   * Writes the script for {@code parolekit} to the file {@code args[0]}: the build's fish
   * completion.
   */
  public static void main(String[] args) throws IOException {
    CommandLine root = new CommandLine(ParolekitCommand.class, new DocumentationFactory());
    Files.writeString(Path.of(args[0]), script("parolekit", root));
  }

  static String script(String name, CommandLine root) {
    StringBuilder b = new StringBuilder();
    b.append("# fish completion for ")
        .append(name)
        .append(": ")
        .append(name)
        .append(" completion fish | source\n");
    String c = "complete -c " + quote(name);
    b.append(c).append(" -f\n");
    options(b, c, "__fish_use_subcommand", root.getCommandSpec());
    commands(b, c, "__fish_use_subcommand", root.getSubcommands());
    for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
      String seen = "__fish_seen_subcommand_from " + e.getKey();
      CommandLine sub = e.getValue();
      if (sub.getSubcommands().isEmpty()) {
        options(b, c, seen, sub.getCommandSpec());
        positionals(b, c, seen, sub.getCommandSpec());
        continue;
      }
      List<String> names = new ArrayList<>(sub.getSubcommands().keySet());
      String none = seen + "; and not __fish_seen_subcommand_from " + String.join(" ", names);
      commands(b, c, none, sub.getSubcommands());
      for (Map.Entry<String, CommandLine> s : sub.getSubcommands().entrySet()) {
        String both = seen + "; and __fish_seen_subcommand_from " + s.getKey();
        options(b, c, both, s.getValue().getCommandSpec());
        positionals(b, c, both, s.getValue().getCommandSpec());
      }
    }
    return b.toString();
  }

  private static void commands(
      StringBuilder b, String c, String condition, Map<String, CommandLine> commands) {
    for (Map.Entry<String, CommandLine> e : commands.entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      if (spec.usageMessage().hidden()) {
        continue;
      }
      b.append(c)
          .append(" -n ")
          .append(quote(condition))
          .append(" -a ")
          .append(quote(e.getKey()))
          .append(" -d ")
          .append(quote(first(spec.usageMessage().header())))
          .append('\n');
    }
  }

  private static void options(StringBuilder b, String c, String condition, CommandSpec spec) {
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      StringBuilder line = new StringBuilder(c).append(" -n ").append(quote(condition));
      for (String n : o.names()) {
        if (n.startsWith("--")) {
          line.append(" -l ").append(quote(n.substring(2)));
        } else if (n.startsWith("-") && n.length() == 2) {
          line.append(" -s ").append(quote(n.substring(1)));
        }
      }
      if (o.arity().max() > 0 && !o.typeInfo().isBoolean()) {
        line.append(" -r");
        choices(o.completionCandidates(), elementType(o.typeInfo()))
            .ifPresent(a -> line.append(" -a ").append(quote(a)));
        if (isPath(o.type())) {
          line.append(" -F");
        }
      }
      line.append(" -d ").append(quote(first(o.description())));
      b.append(line).append('\n');
    }
  }

  private static void positionals(StringBuilder b, String c, String condition, CommandSpec spec) {
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden()) {
        continue;
      }
      StringBuilder line = new StringBuilder(c).append(" -n ").append(quote(condition));
      var values = choices(p.completionCandidates(), elementType(p.typeInfo()));
      if (values.isPresent()) {
        line.append(" -a ").append(quote(values.get()));
      } else if (isPath(elementType(p.typeInfo()))) {
        line.append(" -F");
      } else {
        continue;
      }
      b.append(line).append('\n');
    }
  }

  /**
   * The choices as a user types them: enum constants in lower case, as the converters take them.
   */
  private static Optional<String> choices(Iterable<String> candidates, Class<?> type) {
    if (candidates == null) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>();
    candidates.forEach(
        v -> all.add(type.isEnum() ? v.toLowerCase(Locale.ROOT).replace('_', '-') : v));
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", all));
  }

  /** The type of one value: the element type of a list or set option. */
  private static Class<?> elementType(CommandLine.Model.ITypeInfo info) {
    return info.isMultiValue() && info.getAuxiliaryTypes().length > 0
        ? info.getAuxiliaryTypes()[0]
        : info.getType();
  }

  private static boolean isPath(Class<?> type) {
    return type == Path.class || type == File.class;
  }

  private static String first(String[] lines) {
    return lines == null || lines.length == 0
        ? ""
        : lines[0].replaceAll("@\\|\\w+(?:,\\w+)* ([^|]*)\\|@", "$1").strip();
  }

  /** A fish single-quoted word: only a backslash and a single quote need escaping inside. */
  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
