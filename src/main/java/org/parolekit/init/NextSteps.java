package org.parolekit.init;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parolekit.core.MessageBundle;
import org.parolekit.core.ShellWord;

/**
 * What to do after {@code init}, as commands to type: edit, validate, letters, packet. Paths are
 * the ones the user typed, quoted for the shell where needed.
 */
public final class NextSteps {
  /** Where {@code letters} writes, inside the case folder. */
  static final String LETTERS_FOLDER = "out";

  /** Where {@code packet} writes, inside the case folder. */
  static final String PACKET_FILE = "packet.pdf";

  private final InitRequest request;
  private final MessageBundle text;

  NextSteps(InitRequest request) {
    this.request = request;
    this.text = new MessageBundle("org.parolekit.init.Messages", request.language().locale());
  }

  /** The lines printed on the terminal once the folder is made. */
  public List<String> printed() {
    List<String> lines = new ArrayList<>();
    lines.add(text.get("made", request.folder()));
    lines.add("");
    lines.addAll(steps());
    return List.copyOf(lines);
  }

  /** The README.txt of the folder: how it was made, and the same steps. */
  String readme() {
    List<String> lines = new ArrayList<>();
    lines.add(
        text.get(
            "readme.made", request.commandName(), ShellWord.quote(request.folder().toString())));
    lines.add("");
    lines.addAll(steps());
    return String.join("\n", lines) + "\n";
  }

  private List<String> steps() {
    String name = request.commandName();
    String caseFile = word(request.folder().resolve(NewCaseFolder.CASE_FILE));
    List<String> lines = new ArrayList<>();
    lines.add(text.get("next"));
    if (request.editor().isPresent()) {
      lines.add(text.get("step.edit"));
      lines.add(command(request.editor().get() + " " + caseFile));
    } else {
      lines.add(text.get("step.edit.noEditor", caseFile));
    }
    lines.add(text.get("step.validate"));
    lines.add(command(name + " validate " + caseFile));
    lines.add(text.get("step.letters"));
    lines.add(
        command(
            name
                + " letters "
                + caseFile
                + " -o "
                + word(request.folder().resolve(LETTERS_FOLDER))));
    lines.add(text.get("step.packet"));
    lines.add(
        command(
            name + " packet " + caseFile + " -o " + word(request.folder().resolve(PACKET_FILE))));
    lines.add(text.get("attachments", word(request.folder().resolve(NewCaseFolder.ATTACHMENTS))));
    return lines;
  }

  private static String word(Path path) {
    return ShellWord.quote(path.toString());
  }

  private static String command(String command) {
    return "   " + command;
  }
}
