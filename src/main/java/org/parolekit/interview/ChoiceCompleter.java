package org.parolekit.interview;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Offers the current question's choices to Tab, each as a whole value: a description only where
 * there is one to show, so a list never ends in empty brackets.
 */
final class ChoiceCompleter implements Completer {
  private List<Prompter.Choice> choices = List.of();

  /** The choices Tab offers until the next call. */
  void offer(List<Prompter.Choice> choices) {
    this.choices = List.copyOf(choices);
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (Prompter.Choice c : choices) {
      String description =
          c.description() == null || c.description().isBlank() ? null : c.description();
      candidates.add(new Candidate(c.value(), c.value(), null, description, null, null, true));
    }
  }
}
