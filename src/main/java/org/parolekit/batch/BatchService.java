package org.parolekit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parolekit.batch.BatchItems.CaseItem;
import org.parolekit.batch.BatchItems.Item;
import org.parolekit.batch.BatchItems.RowItem;
import org.parolekit.batch.BatchItems.UnreadableItem;
import org.parolekit.check.CaseCheck;
import org.parolekit.check.CaseReport;
import org.parolekit.check.WriterKind;
import org.parolekit.core.ExitStatus;
import org.parolekit.core.ParolekitException;
import org.parolekit.load.CaseFileException;
import org.parolekit.load.CaseLoader;
import org.parolekit.load.LoadedCase;
import org.parolekit.load.Problem;
import org.parolekit.load.RowBinder;
import org.parolekit.model.CaseFile;
import org.parolekit.model.FileRef;
import org.parolekit.model.Language;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.output.AtomicFile;
import org.parolekit.output.FileAccess;
import org.parolekit.output.OutputWriter;
import org.parolekit.render.DocumentKind;
import org.parolekit.render.LetterService;
import org.parolekit.render.OutputFormat;
import org.parolekit.render.RenderResult;
import org.parolekit.render.RenderedDocument;
import org.parolekit.render.TemplateRenderException;
import org.parolekit.validate.LetterChecks;

/**
 * Renders the organizational letters of many people at once: every roster row and case file gets
 * its own folder, items are rendered in parallel (one render session per worker) and gathered in
 * input order so the output is the same whatever the number of workers, unchanged items are skipped
 * by content fingerprint, and one bad item never stops the batch.
 */
public final class BatchService {
  public static final String CSV_REPORT = "batch-report.csv";
  public static final String JSON_REPORT = "batch-report.json";
  private static final long MANIFEST_EVERY_MILLIS = 2_000;

  /**
   * Writes one item's documents into its folder; tests substitute one that fails. Without {@code
   * replace}, a file already there is kept when it holds the bytes this run writes (a run killed
   * before it recorded the folder left it) and refused otherwise.
   */
  interface FolderWriter {
    List<Path> write(
        List<RenderedDocument> documents, Path folder, boolean replace, FileAccess access);
  }

  private final LocalDate today;
  private final FolderWriter writer;
  private final LongSupplier ticker;

  /** The letter checks, made on first use: a batch without {@code --check} does not load them. */
  private LetterChecks letterChecks;

  public BatchService(LocalDate today) {
    this(
        today,
        (documents, folder, replace, access) ->
            new OutputWriter(access)
                    .write(
                        documents,
                        folder,
                        replace
                            ? OutputWriter.Existing.REPLACE
                            : OutputWriter.Existing.KEEP_IDENTICAL)
                    .stream()
                    .map(OutputWriter.WrittenFile::path)
                    .toList());
  }

  BatchService(LocalDate today, FolderWriter writer) {
    this(today, writer, System::nanoTime);
  }

  /**
   * @param ticker a monotonic time in nanoseconds ({@link System#nanoTime} outside tests), which
   *     paces how often the manifest of finished folders is saved during a run
   */
  BatchService(LocalDate today, FolderWriter writer, LongSupplier ticker) {
    this.today = today;
    this.writer = writer;
    this.ticker = ticker;
  }

  /** The organization and everything that is the same for every item. */
  private record Shared(Path orgPath, OrganizationProfile org, String fingerprint) {}

  /**
   * Runs the batch. Inputs that cannot be read at all (a missing file, a roster with a wrong
   * header, an invalid organization profile) stop it before anything is written.
   *
   * @param stop set by a shutdown hook (Ctrl-C): items not yet started are left, finished ones are
   *     recorded, and no temporary file stays behind
   * @throws ParolekitException with {@link ExitStatus#INVALID_INPUT} for an unreadable input
   */
  public BatchOutcome run(BatchRequest request, BatchListener listener, AtomicBoolean stop) {
    Shared shared = shared(request);
    List<Item> items = BatchItems.read(request, today);
    Map<Item, SamePerson.Repeat> repeats = BatchItems.repeats(items);
    Path out = request.outputDir();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new ParolekitException(ExitStatus.OUTPUT_FAILED, "cannot create the folder " + out);
    }
    BatchManifest manifest = BatchManifest.read(out);
    listener.started(items.size());

    int workers = Math.max(1, Math.min(request.jobs(), items.size()));
    List<CompletableFuture<BatchItemResult>> futures = new ArrayList<>();
    items.forEach(i -> futures.add(new CompletableFuture<>()));
    List<LetterService.Session> sessions = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<BatchItemResult> results = new ArrayList<>();
    AtomicReference<String> halted = new AtomicReference<>();
    boolean interrupted = false;
    try {
      LetterService letters = new LetterService();
      for (int w = 0; w < workers; w++) {
        sessions.add(letters.open(request.options()));
      }
      AtomicInteger next = new AtomicInteger();
      AtomicInteger running = new AtomicInteger(workers);
      for (int w = 0; w < workers; w++) {
        LetterService.Session session = sessions.get(w);
        Thread t =
            new Thread(
                () ->
                    work(
                        request, shared, manifest, items, repeats, futures, session, next, running,
                        stop, halted),
                "parolekit-batch-" + (w + 1));
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
      long lastManifest = ticker.getAsLong();
      for (int i = 0; i < items.size(); i++) {
        BatchItemResult r = futures.get(i).join();
        if (r == null) {
          interrupted = true;
          break;
        }
        results.add(r);
        listener.finished(i + 1, items.size(), items.get(i).folder(), r);
        if ((ticker.getAsLong() - lastManifest) / 1_000_000 >= MANIFEST_EVERY_MILLIS) {
          AtomicFile.write(
              out.resolve(BatchManifest.FILE_NAME), manifest.toJson(), true, request.access());
          lastManifest = ticker.getAsLong();
        }
      }
    } finally {
      stop.compareAndSet(false, interrupted);
      for (Thread t : threads) {
        joinQuietly(t);
      }
      sessions.forEach(LetterService.Session::close);
      AtomicFile.write(
          out.resolve(BatchManifest.FILE_NAME), manifest.toJson(), true, request.access());
      removeTemporaries(out, items);
    }
    BatchReportWriter reports = new BatchReportWriter();
    Path csv = out.resolve(CSV_REPORT);
    Path json = out.resolve(JSON_REPORT);
    AtomicFile.write(
        csv, reports.csv(results).getBytes(StandardCharsets.UTF_8), true, request.access());
    AtomicFile.write(
        json, reports.json(results).getBytes(StandardCharsets.UTF_8), true, request.access());
    return new BatchOutcome(results, csv, json, interrupted, Optional.ofNullable(halted.get()));
  }

  private void work(
      BatchRequest request,
      Shared shared,
      BatchManifest manifest,
      List<Item> items,
      Map<Item, SamePerson.Repeat> repeats,
      List<CompletableFuture<BatchItemResult>> futures,
      LetterService.Session session,
      AtomicInteger next,
      AtomicInteger running,
      AtomicBoolean stop,
      AtomicReference<String> halted) {
    try {
      for (int i = next.getAndIncrement();
          i < items.size() && !stop.get() && halted.get() == null;
          i = next.getAndIncrement()) {
        try {
          Item item = items.get(i);
          SamePerson.Repeat repeat = repeats.get(item);
          futures
              .get(i)
              .complete(
                  repeat != null
                      ? repeated(item, repeat)
                      : process(request, shared, manifest, item, session, halted));
        } catch (Throwable t) {
          stop.set(true);
          futures.get(i).completeExceptionally(t);
          return;
        }
      }
    } finally {
      if (running.decrementAndGet() == 0) {
        futures.forEach(f -> f.complete(null));
      }
    }
  }

  private static BatchItemResult repeated(Item item, SamePerson.Repeat repeat) {
    String why =
        repeat.byNumber()
            ? "the same A-number as "
                + repeat.first()
                + ": the person is written once. Remove the repeated row or case"
            : "the same name as "
                + repeat.first()
                + ", with no birth date or A-number to tell them apart (or an A-number one digit"
                + " off): written once. Remove the repeated row, or correct the A-number that is"
                + " mistyped";
    return new BatchItemResult(
        item.input(), item.person(), BatchItemResult.Status.REPEATED, List.of(), why);
  }

  /**
   * Writes one item's letters. A template that could not be stopped sets {@code halted}: its thread
   * still runs, taking memory, so no later item is started and the process may end.
   */
  private BatchItemResult process(
      BatchRequest request,
      Shared shared,
      BatchManifest manifest,
      Item item,
      LetterService.Session session,
      AtomicReference<String> halted) {
    Path out = request.outputDir();
    if (item instanceof UnreadableItem unreadable) {
      return new BatchItemResult(
          item.input(), "", BatchItemResult.Status.FAILED, List.of(), unreadable.error());
    }
    try {
      String fingerprint = BatchManifest.digest(ascii(shared.fingerprint()), content(item));
      if (!request.force()) {
        Optional<List<String>> kept = manifest.unchanged(out, item.folder(), fingerprint);
        if (kept.isPresent()) {
          BatchItemResult unchanged =
              new BatchItemResult(
                  item.input(), item.person(), BatchItemResult.Status.UNCHANGED, kept.get(), "");
          if (!request.check()) {
            return unchanged;
          }
          LoadedCase loaded = loadedCase(item, shared);
          return withVerdict(
              unchanged, loaded, session.renderOrganizationLetters(loaded).documents());
        }
      }
      LoadedCase loaded = loadedCase(item, shared);
      RenderResult rendered = session.renderOrganizationLetters(loaded);
      Optional<BatchManifest.Entry> before = manifest.entry(item.folder());
      Path folder = out.resolve(item.folder());
      List<Path> written =
          writer.write(
              rendered.documents(),
              folder,
              request.force() || before.isPresent(),
              request.access());
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (Path p : written) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
      removeStale(folder, before, files.keySet());
      manifest.record(item.folder(), fingerprint, files);
      List<String> outputs =
          files.keySet().stream().sorted().map(n -> item.folder() + "/" + n).toList();
      BatchItemResult generated =
          new BatchItemResult(
              item.input(), item.person(), BatchItemResult.Status.GENERATED, outputs, "");
      return request.check() ? withVerdict(generated, loaded, rendered.documents()) : generated;
    } catch (CaseFileException e) {
      String error = e.problems().stream().map(Problem::format).collect(Collectors.joining("; "));
      return new BatchItemResult(
          item.input(), item.person(), BatchItemResult.Status.FAILED, List.of(), error);
    } catch (ParolekitException e) {
      if (e instanceof TemplateRenderException t && t.unstoppable()) {
        halted.compareAndSet(null, t.getMessage());
      }
      return new BatchItemResult(
          item.input(), item.person(), BatchItemResult.Status.FAILED, List.of(), e.getMessage());
    } catch (IOException e) {
      return new BatchItemResult(
          item.input(),
          item.person(),
          BatchItemResult.Status.FAILED,
          List.of(),
          "cannot read back what was written in " + item.folder());
    }
  }

  private synchronized LetterChecks letterChecks() {
    if (letterChecks == null) {
      letterChecks = new LetterChecks(new LetterService(), new CaseCheck());
    }
    return letterChecks;
  }

  /**
   * The result with what the letter checks say of the English organizational letter (ICE's copy).
   */
  private BatchItemResult withVerdict(
      BatchItemResult result, LoadedCase loaded, List<RenderedDocument> documents) {
    List<RenderedDocument> english =
        documents.stream()
            .filter(
                d -> d.kind() == DocumentKind.ORGANIZATION_LETTER && d.language() == Language.EN)
            .toList();
    CaseReport report = letterChecks().check(loaded, english.isEmpty() ? documents : english);
    return report.letters().stream()
        .filter(l -> l.writerKind() == WriterKind.ORGANIZATION && l.language() == Language.EN)
        .findFirst()
        .or(() -> report.letters().stream().findFirst())
        .map(l -> result.withLetter(LetterVerdict.of(l)))
        .orElse(result);
  }

  /** Files an earlier run wrote into the folder that this run no longer makes (another --lang). */
  private static void removeStale(
      Path folder, Optional<BatchManifest.Entry> before, Set<String> now) throws IOException {
    if (before.isEmpty()) {
      return;
    }
    for (String name : before.get().files().keySet()) {
      Path stale = folder.resolve(name).normalize();
      if (!now.contains(name) && !name.startsWith(".") && folder.equals(stale.getParent())) {
        Files.deleteIfExists(stale);
      }
    }
  }

  private LoadedCase loadedCase(Item item, Shared shared) {
    FileRef profile = new FileRef(shared.orgPath().toString(), shared.orgPath());
    if (item instanceof RowItem row) {
      RosterEntry e =
          new RowBinder(today)
              .bind(
                  row.roster().file(),
                  row.row().line(),
                  row.roster().columns(),
                  row.row().cells(),
                  RosterEntry.class);
      String volunteer =
          e.volunteer() == null || e.volunteer().isBlank() ? null : e.volunteer().strip();
      CaseFile c =
          new CaseFile(
              e.person(),
              null,
              List.of(),
              new OrganizationLink(
                  profile, e.contact(), e.since(), volunteer, e.frequency(), e.observationText()),
              new PreparedBy(
                  PreparerRole.VOLUNTEER,
                  volunteer != null ? volunteer : shared.org().signer().name(),
                  shared.org().name()),
              List.of(),
              null);
      return new LoadedCase(row.roster().file(), c, Optional.of(shared.org()));
    }
    CaseItem ci = (CaseItem) item;
    LoadedCase loaded =
        ci.loaded().orElseThrow(() -> new ParolekitException(ExitStatus.INVALID_INPUT, ci.error()));
    CaseFile c = loaded.caseFile();
    if (c.organization() == null) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT,
          ci.input()
              + ": organization: the case file has no organization section. add contact and since"
              + " to write an organizational letter");
    }
    OrganizationLink link = c.organization();
    CaseFile withOrg =
        new CaseFile(
            c.person(),
            c.sponsor(),
            c.supporters(),
            new OrganizationLink(
                profile,
                link.contact(),
                link.since(),
                link.volunteer(),
                link.frequency(),
                link.observation()),
            c.preparedBy(),
            c.attachments(),
            c.letterDate());
    return new LoadedCase(loaded.source(), withOrg, Optional.of(shared.org()));
  }

  /** The bytes that decide whether an item changed: the row's cells, or the case file. */
  private static byte[] content(Item item) throws IOException {
    if (item instanceof RowItem row) {
      StringBuilder b = new StringBuilder();
      for (String column : row.roster().columns()) {
        b.append(column)
            .append('\u0000')
            .append(row.row().cells().getOrDefault(column, ""))
            .append('\u0000');
      }
      return b.toString().getBytes(StandardCharsets.UTF_8);
    }
    return Files.readAllBytes(((CaseItem) item).file());
  }

  private Shared shared(BatchRequest request) {
    Path orgPath = request.organization();
    OrganizationProfile org = new CaseLoader(today).loadOrganization(orgPath);
    List<byte[]> parts = new ArrayList<>();
    parts.add(ascii(request.toolVersion()));
    parts.add(ascii(request.options().date().toString()));
    parts.add(
        ascii(
            request.options().languages().stream()
                .map(l -> l.yamlName())
                .sorted()
                .collect(Collectors.joining(","))));
    parts.add(
        ascii(
            request.options().formats().stream()
                .map(OutputFormat::extension)
                .sorted()
                .collect(Collectors.joining(","))));
    parts.add(readInput(orgPath));
    if (org.logo() != null) {
      parts.add(readInput(org.logo().resolved()));
    }
    request.options().templatesDir().ifPresent(dir -> parts.addAll(templates(dir)));
    return new Shared(orgPath, org, BatchManifest.digest(parts.toArray(new byte[0][])));
  }

  private static List<byte[]> templates(Path dir) {
    List<byte[]> parts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p :
          files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        parts.add(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        parts.add(Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, dir + ": the templates folder cannot be read");
    }
    return parts;
  }

  private static byte[] readInput(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParolekitException(
          ExitStatus.INVALID_INPUT, file + " cannot be read. Check the path and permissions");
    }
  }

  /** Every item of every input, in order, each with its own folder name. */
  private static void removeTemporaries(Path out, List<Item> items) {
    Set<Path> folders = new HashSet<>();
    folders.add(out);
    items.forEach(i -> folders.add(out.resolve(i.folder())));
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.toList()) {
          String n = p.getFileName().toString();
          if (n.startsWith(".parolekit-") && n.endsWith(".tmp")) {
            Files.deleteIfExists(p);
          }
        }
      } catch (IOException ignored) {
        // best effort: a temporary file holds nothing whole and is never mistaken for a letter
      }
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
