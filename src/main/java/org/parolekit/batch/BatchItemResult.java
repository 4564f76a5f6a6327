package org.parolekit.batch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one roster row or case file in a batch.
 *
 * @param input the roster file and row ({@code roster.csv:7}) or the case file
 * @param person the person's name as written, for the report; never the A-number
 * @param outputs files written or kept, relative to the output folder
 * @param error what went wrong, with its place, when {@code status} is FAILED
 */
public record BatchItemResult(
    String input,
    String person,
    Status status,
    List<String> outputs,
    String error,
    Optional<LetterVerdict> letter) {
  public BatchItemResult(
      String input, String person, Status status, List<String> outputs, String error) {
    this(input, person, status, outputs, error, Optional.empty());
  }

  /** The same result with what the letter checks say of the person's letter. */
  public BatchItemResult withLetter(LetterVerdict verdict) {
    return new BatchItemResult(input, person, status, outputs, error, Optional.of(verdict));
  }

  public BatchItemResult {
    letter = letter == null ? Optional.empty() : letter;
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(status, "status");
    person = person == null ? "" : person;
    outputs = List.copyOf(outputs);
    error = error == null ? "" : error;
  }

  /** The outcome of one item. */
  public enum Status {
    GENERATED,
    UNCHANGED,
    FAILED,
    /** The same person as an earlier item: not written again. */
    REPEATED;

    public String reportName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
