package org.parolekit.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.FieldValidator;
import org.parolekit.model.Attachment;
import org.parolekit.model.CaseFile;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Supporter;
import org.parolekit.output.AtomicFile;
import org.parolekit.output.FileAccess;

/**
 * A guided interview that writes a case file section by section. After each completed section the
 * file is written again, atomically, so stopping at any point keeps the last complete file and says
 * how to go on. Ends with the checks {@code parolekit validate} runs.
 */
public final class Interview {
  /** The writers' own words and whole letters are gathered by the coach, not here. */
  private static final Set<String> NOT_ASKED =
      Set.of(
          "Sponsor.statements",
          "Sponsor.translation",
          "Sponsor.letterFile",
          "Supporter.statements",
          "Supporter.translation",
          "Supporter.letterFile");

  private final Prompter prompter;
  private final InterviewText text;
  private final String commandName;

  /** How an interview ended. */
  public enum Outcome {
    /** Every section was done and nothing falls short. */
    COMPLETE,
    /** Every section was done; the checks found what is still missing. */
    FALLS_SHORT,
    /** Stopped before the end; the last complete file was kept. */
    STOPPED
  }

  public Interview(Prompter prompter, InterviewText text) {
    this(prompter, text, "parolekit");
  }

  /** An interview whose hints name the command as {@code commandName}, the name the user typed. */
  public Interview(Prompter prompter, InterviewText text, String commandName) {
    this.prompter = prompter;
    this.text = text;
    this.commandName = commandName;
  }

  public Outcome run(InterviewRequest request) {
    Path file = request.caseFile();
    boolean exists = Files.exists(file);
    CaseFile existing =
        exists ? new CaseLoader(request.today(), text.locale()).load(file).caseFile() : null;
    Draft draft = new Draft(existing, exists ? headerOf(file) : CaseYamlWriter.defaultHeader());
    List<Section> plan = plan(request);
    RecordInterview records =
        new RecordInterview(
            prompter, text, new FieldValidator(request.today(), text.locale(), file), NOT_ASKED);

    prompter.say(text.get(exists ? "intro.existing" : "intro.new", file));
    prompter.say(text.get("intro.keys"));
    boolean saved = exists;
    for (int i = 0; i < plan.size(); i++) {
      Section section = plan.get(i);
      try {
        prompter.say("");
        prompter.say("== " + text.get("section." + section.key()) + " ==");
        text.find("section." + section.key() + ".intro").ifPresent(prompter::say);
        walk(section, draft, records, exists && request.sections().isEmpty(), file);
      } catch (InterviewStopped stopped) {
        prompter.say(
            saved
                ? text.get(
                    "stopped.saved",
                    file,
                    resumeCommand(commandName, file, plan.subList(i, plan.size())))
                : text.get("stopped.nothing"));
        return Outcome.STOPPED;
      }
      if (draft.complete()) {
        save(
            file,
            draft.toCaseFile(),
            new CaseYamlWriter().write(draft.toCaseFile(), draft.header),
            request.today());
        saved = true;
        prompter.say(text.get("saved", file));
      }
    }
    return new CaseCheckup(prompter, text, request.today()).run(file)
        ? Outcome.COMPLETE
        : Outcome.FALLS_SHORT;
  }

  /**
   * Saves the case: an existing file keeps its text wherever the values did not change (comments
   * and layout too) and is not written at all when nothing changed; otherwise the file is written
   * whole.
   */
  private static void save(Path file, CaseFile caseFile, String yaml, LocalDate today) {
    Optional<String> merged = Optional.empty();
    if (Files.isRegularFile(file)) {
      try {
        if (new CaseLoader(today).load(file).caseFile().equals(caseFile)) {
          return;
        }
        String original = Files.readString(file, StandardCharsets.UTF_8);
        merged = CaseFileMerge.merge(original, yaml);
        if (merged.isPresent() && merged.get().equals(original)) {
          return;
        }
      } catch (IOException | RuntimeException e) {
        merged = Optional.empty();
      }
    }
    AtomicFile.write(
        file, merged.orElse(yaml).getBytes(StandardCharsets.UTF_8), true, FileAccess.AS_BEFORE);
  }

  /** Asks where to save a new case file, when the command line does not say. */
  public Path askWhere() {
    String answer = prompter.ask(text.get("file.where") + " [case.yaml]: ", List.of());
    return Path.of(answer.isEmpty() ? "case.yaml" : answer);
  }

  /** The command that goes on from where an interview stopped. */
  static String resumeCommand(String commandName, Path file, List<Section> remaining) {
    return commandName
        + " interview "
        + file
        + " --section "
        + remaining.stream().map(Section::key).collect(Collectors.joining(","));
  }

  private static List<Section> plan(InterviewRequest request) {
    if (!request.sections().isEmpty()) {
      return List.copyOf(EnumSet.copyOf(request.sections()));
    }
    return Arrays.asList(Section.values());
  }

  private void walk(Section section, Draft d, RecordInterview records, boolean onlyAdd, Path file) {
    RecordInterview.ListMode lists =
        onlyAdd ? RecordInterview.ListMode.APPEND : RecordInterview.ListMode.REVIEW;
    switch (section) {
      case PREPARED_BY -> {
        if (!(onlyAdd && d.preparedBy != null)) {
          d.preparedBy = records.ask(PreparedBy.class, d.preparedBy, "preparedBy");
        } else {
          prompter.say(text.get("section.kept"));
        }
      }
      case PERSON -> {
        if (!(onlyAdd && d.person != null)) {
          d.person = records.ask(Person.class, d.person, "person");
        } else {
          prompter.say(text.get("section.kept"));
        }
      }
      case SPONSOR -> {
        if (onlyAdd && d.sponsor != null) {
          prompter.say(text.get("section.kept"));
        } else if (records.yesNo(
            text.get("add.CaseFile.sponsor", 0), true, text.find("section.sponsor.intro"))) {
          d.sponsor = records.ask(Sponsor.class, d.sponsor, "sponsor");
          prompter.say(text.get("coach.next", d.sponsor.name(), file));
        } else {
          d.sponsor = null;
        }
      }
      case SUPPORTERS -> {
        int before = d.supporters.size();
        d.supporters =
            records.askList(
                Supporter.class, d.supporters, "supporters", component("supporters"), lists);
        d.supporters.stream()
            .skip(before)
            .forEach(s -> prompter.say(text.get("coach.next", s.name(), file)));
      }
      case ORGANIZATION -> {
        if (onlyAdd && d.organization != null) {
          prompter.say(text.get("section.kept"));
        } else if (records.yesNo(
            text.get("add.CaseFile.organization", 0),
            d.organization != null,
            text.find("section.organization.intro"))) {
          d.organization = records.ask(OrganizationLink.class, d.organization, "organization");
        } else {
          d.organization = null;
        }
      }
      case ATTACHMENTS ->
          d.attachments =
              records.askList(
                  Attachment.class, d.attachments, "attachments", component("attachments"), lists);
    }
  }

  private static RecordComponent component(String name) {
    return Arrays.stream(CaseFile.class.getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The comment lines an existing file starts with, kept when it is written again. */
  static List<String> headerOf(Path file) {
    List<String> header = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#")) {
          break;
        }
        header.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return header.isEmpty() ? CaseYamlWriter.defaultHeader() : List.copyOf(header);
  }

  /** The case as far as it has been answered. */
  private static final class Draft {
    final List<String> header;
    PreparedBy preparedBy;
    Person person;
    Sponsor sponsor;
    List<Supporter> supporters;
    OrganizationLink organization;
    List<Attachment> attachments;
    final LocalDate letterDate;

    Draft(CaseFile existing, List<String> header) {
      this.header = header;
      this.preparedBy = existing == null ? null : existing.preparedBy();
      this.person = existing == null ? null : existing.person();
      this.sponsor = existing == null ? null : existing.sponsor();
      this.supporters = existing == null ? List.of() : existing.supporters();
      this.organization = existing == null ? null : existing.organization();
      this.attachments = existing == null ? List.of() : existing.attachments();
      this.letterDate = existing == null ? null : existing.letterDate();
    }

    /** Whether the file would load: both required sections are answered. */
    boolean complete() {
      return preparedBy != null && person != null;
    }

    CaseFile toCaseFile() {
      return new CaseFile(
          person, sponsor, supporters, organization, preparedBy, attachments, letterDate);
    }
  }
}
