package org.parolekit.cli;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/** Colors for human reports: on a terminal unless NO_COLOR or --no-color says otherwise. */
record Colors(Ansi ansi) {
  static Colors of(CommandSpec spec, CommonOptions common, CliEnvironment environment) {
    boolean off = common.noColor || environment.noColorRequested();
    Ansi ansi = off ? Ansi.OFF : spec.commandLine().getColorScheme().ansi();
    return new Colors(ansi == Ansi.AUTO ? (Ansi.AUTO.enabled() ? Ansi.ON : Ansi.OFF) : ansi);
  }

  String error(String s) {
    return paint("bold,red", s);
  }

  String warning(String s) {
    return paint("yellow", s);
  }

  String ok(String s) {
    return paint("green", s);
  }

  String bold(String s) {
    return paint("bold", s);
  }

  String faint(String s) {
    return paint("faint", s);
  }

  private String paint(String style, String s) {
    if (ansi == Ansi.OFF) {
      return s;
    }
    return ansi.string("@|" + style + " " + s.replace("|@", "| @") + "|@");
  }
}
