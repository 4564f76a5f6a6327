package org.parolekit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.ParseException;
import freemarker.core.StopException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs letter templates safely. Organization templates are untrusted: they see only plain strings,
 * booleans, lists and hashes; cannot instantiate classes or reach the Java API; load nothing
 * outside their folder; and are stopped after a time limit or an output limit. Case data is only
 * ever a value, never template code.
 */
final class TemplateEngine implements AutoCloseable {
  /** Where the built-in templates live on the class path. */
  static final String BUILT_IN_ROOT = "org/parolekit/templates";

  static final int MAX_OUTPUT_CHARS = 1_000_000;

  /**
   * What one template may allocate while it runs. A built-in letter allocates under 1 MB and a
   * template writing the most output allowed (a million characters) about 10 MB; a value doubled in
   * a loop passes this within a few doublings and is stopped before it takes the JVM's memory.
   */
  static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;

  /** How often a running template's allocations are looked at. */
  private static final long WATCH_MILLIS = 2;

  /** How long a stopped template's thread has to end before it is left to itself. */
  private static final long STOP_GRACE_MILLIS = 250;

  private final Configuration cfg;
  private final Optional<ConfinedTemplateLoader> folder;
  private final Duration timeout;
  private final AllocationMeter meter = new AllocationMeter();

  /** Why each template whose thread could not be stopped was stopped; it is not run again. */
  private final Map<String, String> runaways = new HashMap<>();

  private ExecutorService worker;

  TemplateEngine(Optional<Path> templatesDir, Duration timeout, List<String> builtInNames) {
    this.timeout = timeout;
    this.folder = templatesDir.map(TemplateEngine::confinedLoader);
    this.cfg = configuration(folder);
    preload(templatesDir, builtInNames);
    this.worker = newWorker();
  }

  /**
   * A daemon thread: a template stuck where interruption cannot reach it (a pathological regular
   * expression, a value doubled over and over outside any loop) is left behind with its thread,
   * which cannot keep the JVM alive, and later templates run on a new one.
   */
  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "parolekit-template");
          t.setDaemon(true);
          return t;
        });
  }

  private static ConfinedTemplateLoader confinedLoader(Path templatesDir) {
    try {
      return new ConfinedTemplateLoader(templatesDir);
    } catch (IOException e) {
      throw TemplateRenderException.folder(templatesDir, Messages.get("folder.unreadable"));
    }
  }

  private static Configuration configuration(Optional<ConfinedTemplateLoader> folder) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.US);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setAttemptExceptionReporter((te, env) -> {});
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_35);
    wrapper.setMemberAccessPolicy(DenyAllMemberAccessPolicy.INSTANCE);
    cfg.setObjectWrapper(wrapper);
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(false);
    cfg.setLocalizedLookup(false);
    cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
    cfg.setCacheStorage(new StrongCacheStorage());
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    List<TemplateLoader> loaders = new ArrayList<>();
    folder.ifPresent(loaders::add);
    loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), BUILT_IN_ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    return cfg;
  }

  /**
   * Parses every template up front, so a syntax error is found before anything renders, and adds
   * thread-interruption checks to each (includes come from the same cache, so loops in an included
   * template can be stopped too).
   */
  private void preload(Optional<Path> templatesDir, List<String> builtInNames) {
    List<String> names = new ArrayList<>(builtInNames);
    if (templatesDir.isPresent()) {
      Path root = templatesDir.get();
      for (String name : TemplateFolder.scan(root).templates()) {
        refuseCodeEvaluation(root, name);
        names.add(name);
      }
    }
    for (String name : names) {
      Template t = load(name);
      // FreeMarker's own ThreadInterruptionSupportTemplatePostProcessor, reachable only here.
      _CoreAPI.addThreadInterruptedChecks(t);
    }
  }

  /**
   * Refuses an organization template that uses {@code ?eval}, {@code ?eval_json} or {@code
   * ?interpret}: they would run a value (case data) as template code.
   */
  private static void refuseCodeEvaluation(Path root, String name) {
    String source;
    try {
      source = Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TemplateRenderException(name, 0, 0, "template cannot be read as UTF-8");
    }
    Matcher m = EVALUATING_BUILT_INS.matcher(source);
    if (m.find()) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < m.start(); i++) {
        if (source.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new TemplateRenderException(
          name,
          line,
          m.start() - lineStart + 1,
          "?" + m.group(1) + " is not allowed: it would run text as template code");
    }
  }

  private static final Pattern EVALUATING_BUILT_INS =
      Pattern.compile("\\?\\s*(eval_json|eval|interpret)\\b");

  private Template load(String name) {
    try {
      return cfg.getTemplate(name);
    } catch (ParseException e) {
      throw new TemplateRenderException(
          name(e.getTemplateName(), name),
          e.getLineNumber(),
          e.getColumnNumber(),
          firstLine(e.getEditorMessage()));
    } catch (TemplateNotFoundException e) {
      throw new TemplateRenderException(name, 0, 0, "template not found");
    } catch (MalformedTemplateNameException e) {
      throw new TemplateRenderException(
          name, 0, 0, "template name not allowed: " + e.getMalformednessDescription());
    } catch (IOException e) {
      throw new TemplateRenderException(name, 0, 0, "template cannot be read");
    }
  }

  /** Renders one template with a prepared view model; returns Markdown. */
  String render(String templateName, Map<String, Object> model) {
    Template template = load(templateName);
    String runaway = runaways.get(templateName);
    if (runaway != null) {
      throw TemplateRenderException.unstoppable(templateName, runaway);
    }
    LimitedWriter out = new LimitedWriter(MAX_OUTPUT_CHARS);
    Run run = new Run(meter);
    Future<?> job =
        worker.submit(
            () -> {
              try {
                run.started();
                template.process(model, out);
                return null;
              } finally {
                run.ended();
              }
            });
    try {
      await(job, run, templateName);
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new TemplateRenderException(templateName, 0, 0, "was interrupted");
    } catch (ExecutionException e) {
      throw translate(templateName, e.getCause());
    }
    return out.toString();
  }

  /**
   * Waits for a template, looking every few milliseconds at what it has allocated; stops it (the
   * interruption checks end its loops) when it allocates too much or runs too long.
   */
  private void await(Future<?> job, Run run, String templateName)
      throws InterruptedException, ExecutionException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        job.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        if (run.allocated() > MAX_ALLOCATED_BYTES) {
          throw stop(
              job,
              run,
              templateName,
              Messages.get("template.tooMuchMemory", MAX_ALLOCATED_BYTES / (1024 * 1024)));
        }
        if (System.nanoTime() - deadline >= 0) {
          throw stop(
              job,
              run,
              templateName,
              "took longer than " + timeout.toMillis() + " ms and was stopped");
        }
      }
    }
  }

  /**
   * Interrupts a template. One whose thread does not end soon after is where no interruption check
   * reaches: its thread is left behind, and the template is not run again by this engine.
   */
  private TemplateRenderException stop(Future<?> job, Run run, String templateName, String problem)
      throws InterruptedException {
    job.cancel(true);
    if (!endsAfterStop(run)) {
      worker.shutdownNow();
      worker = newWorker();
      runaways.put(templateName, problem);
      return TemplateRenderException.unstoppable(templateName, problem);
    }
    return new TemplateRenderException(templateName, 0, 0, problem);
  }

  /**
   * Whether a stopped template's thread ends within the grace time. One that goes on allocating as
   * much again as the limit meanwhile is where no check reaches: given up on at once, so that
   * whoever runs it can end the process before the memory is gone.
   */
  private static boolean endsAfterStop(Run run) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
    while (System.nanoTime() - deadline < 0) {
      if (run.endsWithin(WATCH_MILLIS)) {
        return true;
      }
      if (run.allocated() > 2 * MAX_ALLOCATED_BYTES) {
        return false;
      }
    }
    return run.endsWithin(0);
  }

  /** One template run: the thread it runs on and what that thread had allocated before it. */
  private static final class Run {
    private final AllocationMeter meter;
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile long before;

    Run(AllocationMeter meter) {
      this.meter = meter;
    }

    void started() {
      Thread current = Thread.currentThread();
      before = meter.allocated(current).orElse(0);
      thread = current;
    }

    void ended() {
      end.countDown();
    }

    /** Whether the run has ended (or never started) within the time given. */
    boolean endsWithin(long millis) throws InterruptedException {
      return thread == null || end.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Bytes allocated since the template started; 0 before it starts or when unknown. */
    long allocated() {
      Thread t = thread;
      return t == null ? 0 : meter.allocated(t).orElse(before) - before;
    }
  }

  private TemplateRenderException translate(String templateName, Throwable cause) {
    if (cause instanceof OutOfMemoryError
        || (cause instanceof TemplateException && cause.getCause() instanceof OutOfMemoryError)) {
      return new TemplateRenderException(templateName, 0, 0, Messages.get("template.outOfMemory"));
    }
    if (cause instanceof ParseException) {
      ParseException p = (ParseException) cause;
      return new TemplateRenderException(
          name(p.getTemplateName(), templateName),
          p.getLineNumber(),
          p.getColumnNumber(),
          firstLine(p.getEditorMessage()));
    }
    if (cause instanceof TemplateException) {
      TemplateException t = (TemplateException) cause;
      if (t.getCause() instanceof OutputLimitException) {
        return new TemplateRenderException(
            name(t.getTemplateSourceName(), templateName),
            lineOf(t.getLineNumber()),
            lineOf(t.getColumnNumber()),
            "wrote more than " + MAX_OUTPUT_CHARS + " characters and was stopped");
      }
      if (t instanceof StopException) {
        // A <#stop> message is whatever the template put there, possibly the person's data.
        return new TemplateRenderException(
            name(t.getTemplateSourceName(), templateName),
            lineOf(t.getLineNumber()),
            lineOf(t.getColumnNumber()),
            "stopped itself with #stop (its message is not shown: it may hold case data)");
      }
      if (t.getCause() instanceof TemplateNotFoundException
          || t.getCause() instanceof MalformedTemplateNameException) {
        return new TemplateRenderException(
            name(t.getTemplateSourceName(), templateName),
            lineOf(t.getLineNumber()),
            lineOf(t.getColumnNumber()),
            refusedInclude(t));
      }
      String why = t instanceof TemplateModelException ? "refused: " : "";
      String blamed = t.getBlamedExpressionString();
      return new TemplateRenderException(
          name(t.getTemplateSourceName(), templateName),
          lineOf(t.getLineNumber()),
          lineOf(t.getColumnNumber()),
          why
              + withoutQuotedValues(firstLine(t.getMessageWithoutStackTop()))
              + (blamed == null ? "" : " " + blamed));
    }
    if (cause instanceof OutputLimitException) {
      return new TemplateRenderException(
          templateName,
          0,
          0,
          "wrote more than " + MAX_OUTPUT_CHARS + " characters and was stopped");
    }
    if (cause instanceof IOException) {
      return new TemplateRenderException(templateName, 0, 0, "template could not be written");
    }
    if (cause != null && cause.getClass().getName().contains("ThreadInterruption")) {
      return new TemplateRenderException(templateName, 0, 0, "was stopped");
    }
    return new TemplateRenderException(
        templateName,
        0,
        0,
        "failed: " + (cause == null ? "unknown error" : cause.getClass().getSimpleName()));
  }

  /**
   * Says which {@code <#include>} or {@code <#import>} was refused and why. The name it gives is
   * shown only when the template spells it out, since a computed name could come from case data.
   */
  private String refusedInclude(TemplateException t) {
    Optional<IncludeDirective> directive = includeDirective(t);
    String resolved =
        t.getCause() instanceof TemplateNotFoundException nf ? nf.getTemplateName() : null;
    ConfinedTemplateLoader.Refusal why =
        t.getCause() instanceof MalformedTemplateNameException || resolved == null
            ? ConfinedTemplateLoader.Refusal.OUTSIDE
            : folder
                .flatMap(f -> f.refusal(resolved))
                .orElse(ConfinedTemplateLoader.Refusal.MISSING);
    String shown =
        directive
            .filter(d -> d.name().isPresent())
            .map(d -> resolved == null ? d.name().get() : resolved)
            .orElse(Messages.get("include.itsFile"));
    String reason =
        switch (why) {
          case NOT_TEMPLATE -> Messages.get("include.notTemplate", shown);
          case OUTSIDE -> Messages.get("include.outside", shown);
          case LINK -> Messages.get("include.link", shown);
          case TOO_LARGE ->
              Messages.get(
                  "include.tooLarge", shown, ConfinedTemplateLoader.MAX_TEMPLATE_BYTES / 1024);
          case MISSING -> Messages.get("include.missing", shown);
        };
    String what =
        directive
            .map(
                d ->
                    d.name()
                        .map(n -> "<#" + d.keyword() + " \"" + n + "\">")
                        .orElseGet(() -> Messages.get("include.computed", d.keyword())))
            .orElseGet(() -> Messages.get("include.computed", "include"));
    return Messages.get(
        why == ConfinedTemplateLoader.Refusal.MISSING ? "include.failed" : "include.refused",
        what,
        reason);
  }

  /** The directive that failed, as the template wrote it: its keyword and, if literal, the name. */
  private record IncludeDirective(String keyword, Optional<String> name) {}

  private Optional<IncludeDirective> includeDirective(TemplateException t) {
    if (t.getTemplateSourceName() == null
        || t.getLineNumber() == null
        || t.getEndLineNumber() == null) {
      return Optional.empty();
    }
    String source;
    try {
      source =
          cfg.getTemplate(t.getTemplateSourceName())
              .getSource(
                  t.getColumnNumber(),
                  t.getLineNumber(),
                  t.getEndColumnNumber(),
                  t.getEndLineNumber());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Matcher m = INCLUDE_DIRECTIVE.matcher(source);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String literal = m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.of(new IncludeDirective(m.group(1), Optional.ofNullable(literal)));
  }

  private static final Pattern INCLUDE_DIRECTIVE =
      Pattern.compile(
          "[<\\[]#(include|import)\\s+(?:(?:\"([^\"\\\\$]*)\"|'([^'\\\\$]*)')(?=\\s*(?:/?[>\\]]|as\\s|[A-Za-z_]+\\s*=)))?");

  /**
   * FreeMarker quotes values in some messages ("Can't convert this string to number: ..."); a value
   * may be case data, which must not reach messages or logs.
   */
  private static String withoutQuotedValues(String message) {
    return message.replaceAll("\"[^\"]*\"", "\"…\"");
  }

  private static int lineOf(Integer n) {
    return n == null ? 0 : n;
  }

  private static String name(String reported, String fallback) {
    return reported == null || reported.isEmpty() ? fallback : reported;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "error";
    }
    String line = message.strip().lines().findFirst().orElse("error");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  /** Thrown when a template writes more than the output limit. */
  static final class OutputLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputLimitException() {
      super("output limit reached");
    }
  }

  /** Collects template output and refuses to grow past a limit. */
  private static final class LimitedWriter extends Writer {
    private final StringBuilder b = new StringBuilder();
    private final int limit;

    LimitedWriter(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (b.length() + len > limit) {
        throw new OutputLimitException();
      }
      b.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      if (b.length() + len > limit) {
        throw new OutputLimitException();
      }
      b.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
