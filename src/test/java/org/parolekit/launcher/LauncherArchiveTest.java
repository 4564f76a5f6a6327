package org.parolekit.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/parolekit and the class-data archive the build leaves beside the jar: used when it fits, and
 * when it is missing, older than the jar, made for another jar or damaged, the command runs the
 * same and prints nothing more. The launcher is copied into a folder with a small jar of its own,
 * so no build is needed.
 */
class LauncherArchiveTest {
  private static final Path LAUNCHER = Path.of("bin/parolekit").toAbsolutePath();
  private static final String PROBE = "org/parolekit/launcher/LauncherProbe.class";

  @TempDir Path home;
  private Path jar;
  private Path archive;

  @BeforeEach
  void aCloneWithABuiltJar() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    Files.createDirectories(home.resolve("bin"));
    Files.copy(LAUNCHER, home.resolve("bin/parolekit"));
    home.resolve("bin/parolekit").toFile().setExecutable(true);
    jar = home.resolve("target/parolekit.jar");
    archive = home.resolve("target/parolekit.jsa");
    writeJar(jar, "first");
  }

  @Test
  void withoutAnArchiveTheCommandRunsAndSaysNothingMore() throws Exception {
    Result r = launch(Map.of(), "--version");
    assertThat(r.out()).isEqualTo("probe ran with --version\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anArchiveMadeForThisJarIsUsed() throws Exception {
    makeArchive();
    // The JVM's class-loading log names where each class came from; PAROLEKIT_JAVA_OPTS replaces
    // the launcher's own options, not the archive's.
    Result r = launch(Map.of("PAROLEKIT_JAVA_OPTS", "-Xlog:class+load=info"), "--version");
    assertThat(r.out())
        .containsPattern("org\\.parolekit\\.launcher\\.LauncherProbe source: shared objects file")
        .contains("probe ran with --version");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anArchiveOlderThanTheJarIsLeftAside() throws Exception {
    makeArchive();
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    Result r = launch(Map.of("PAROLEKIT_JAVA_OPTS", "-Xlog:class+load=info"), "--version");
    assertThat(r.out())
        .contains("probe ran with --version")
        .doesNotContainPattern(
            "org\\.parolekit\\.launcher\\.LauncherProbe source: shared objects file");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anArchiveOfAnotherJarOrADamagedOneIsIgnoredSilently() throws Exception {
    makeArchive();
    writeJar(jar, "second, a little longer");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
    Result other = launch(Map.of(), "--version");
    assertThat(other.out()).isEqualTo("probe ran with --version\n");
    assertThat(other.err()).isEmpty();

    Files.delete(archive);
    Files.write(archive, "not an archive".repeat(100).getBytes(StandardCharsets.US_ASCII));
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
    Result damaged = launch(Map.of(), "--version");
    assertThat(damaged.out()).isEqualTo("probe ran with --version\n");
    assertThat(damaged.err()).isEmpty();
  }

  /**
   * What the build does: one run of the jar that lists the classes it loads, then the JVM's dump of
   * them into the archive.
   */
  private void makeArchive() throws Exception {
    Path list = home.resolve("target/parolekit.classlist");
    run(java(), "-XX:DumpLoadedClassList=" + list, "-jar", jar.toString(), "train");
    run(
        java(),
        "-Xshare:dump",
        "-XX:SharedClassListFile=" + list,
        "-XX:SharedArchiveFile=" + archive,
        "-cp",
        jar.toString());
    assertThat(archive).exists();
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(30)));
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void writeJar(Path jar, String note) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(PROBE));
      try (var in = LauncherProbe.class.getClassLoader().getResourceAsStream(PROBE)) {
        in.transferTo(out);
      }
      out.putNextEntry(new JarEntry("note.txt"));
      out.write(note.getBytes(StandardCharsets.UTF_8));
    }
  }

  private record Result(int exitCode, String out, String err) {}

  private Result launch(Map<String, String> env, String... args) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          List<String> command = new ArrayList<>(List.of(home.resolve("bin/parolekit").toString()));
          command.addAll(List.of(args));
          ProcessBuilder pb = new ProcessBuilder(command);
          pb.environment().putAll(env);
          // The same java as the one that made the archive, first on the PATH.
          pb.environment().put("PATH", Path.of(java()).getParent() + ":" + System.getenv("PATH"));
          Path out = Files.createTempFile(home, "out", ".txt");
          Path err = Files.createTempFile(home, "err", ".txt");
          Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
          int code = p.waitFor();
          return new Result(code, Files.readString(out), Files.readString(err));
        });
  }
}
