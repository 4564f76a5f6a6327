package org.parolekit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parolekit.core.ExitStatus;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a wrong command line briefly and exits with the usage code 2. A mistyped command or
 * option gets the closest name as a suggestion; anything else points to {@code --help}.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  private final CliText text;

  UsageErrorHandler(CliText text) {
    this.text = text;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String message = fileFormatsAsFormat(ex, args);
    if (message == null && ex instanceof UnmatchedArgumentException u) {
      message = unmatched(u);
    }
    if (message != null) {
      err.println("parolekit: " + message);
    } else {
      err.println("parolekit: " + ex.getMessage());
      err.println(text.get("usage.try-help", cl.getCommandSpec().qualifiedName()));
    }
    err.flush();
    return ExitStatus.USAGE.code();
  }

  /**
   * The message for file formats given to {@code --format}, as {@code letters} and {@code batch}
   * took them before {@code --file-format}: says which option to write instead; null for anything
   * else.
   */
  private String fileFormatsAsFormat(ParameterException ex, String[] args) {
    if (ex.getCommandLine().getCommandSpec().findOption("--file-format") == null) {
      return null;
    }
    String value = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--format=")) {
        value = args[i].substring("--format=".length());
      } else if (args[i].equals("--format") && i + 1 < args.length) {
        value = args[i + 1];
      }
    }
    return value != null && RenderOptions.namesFileFormats(value)
        ? text.get("usage.file-format", value)
        : null;
  }

  /**
   * The message for a mistyped command or option, with what was probably meant; null for anything
   * else.
   */
  private String unmatched(UnmatchedArgumentException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> tokens = ex.getUnmatched();
    if (tokens.isEmpty()) {
      return null;
    }
    String helpHint = text.get("usage.try-help", spec.qualifiedName());
    if (ex.isUnknownOption()) {
      String typed =
          tokens.stream().filter(t -> t.startsWith("-")).findFirst().orElse(tokens.get(0));
      String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      List<String> close = Suggestions.closest(name, optionNames(spec, name));
      return text.get("usage.unknown-option", typed)
          + " "
          + (close.isEmpty() ? helpHint : didYouMean(close));
    }
    if (spec.subcommands().isEmpty()) {
      return null;
    }
    String typed = tokens.get(0);
    List<String> close = Suggestions.closest(typed, spec.subcommands().keySet());
    return text.get("usage.unknown-command", typed)
        + " "
        + (close.isEmpty() ? helpHint : didYouMean(close));
  }

  private String didYouMean(List<String> names) {
    return text.get("usage.did-you-mean", String.join(text.get("usage.or"), names));
  }

  /**
   * The option names a mistyped one is compared with: long names for "--x", every name otherwise.
   */
  private static List<String> optionNames(CommandSpec spec, String typed) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      for (String n : option.names()) {
        if (!typed.startsWith("--") || n.startsWith("--")) {
          names.add(n);
        }
      }
    }
    return names;
  }
}
