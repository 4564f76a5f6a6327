package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lexicon index the build writes ({@link LexiconIndex}) holds exactly what reading the lexicon
 * files gives, is the one a command reads, and is set aside when the files have changed since.
 */
class LexiconIndexTest {
  private static final List<byte[]> SOURCES = Lexicon.builtInSources();

  /** What a line means, compared field by field (a literal set has no equality of its own). */
  private static List<String> described(List<Cue> cues) {
    return cues.stream()
        .map(
            c ->
                String.join(
                    "\t",
                    c.section(),
                    c.polarity().name(),
                    String.valueOf(c.anySubject()),
                    c.language().name(),
                    c.source(),
                    c.pattern().pattern(),
                    c.required().literals().map(l -> new TreeSet<>(l).toString()).orElse("any")))
        .toList();
  }

  private static byte[] indexOf(List<Cue> cues, long fingerprint) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LexiconIndex.write(cues, fingerprint, out);
    return out.toByteArray();
  }

  @Test
  void theBuiltInLexiconIsWhatTheFilesSay() {
    List<Cue> derived = Lexicon.derive(SOURCES);
    assertThat(derived).hasSizeGreaterThan(500);
    assertThat(described(Lexicon.builtIn().cues())).isEqualTo(described(derived));
  }

  @Test
  void theBuildWroteTheIndexOfTheseFiles() throws IOException {
    try (InputStream in = Lexicon.class.getResourceAsStream(LexiconIndex.RESOURCE)) {
      assertThat(in)
          .as("lexicon.idx on the class path (mvn process-classes writes it)")
          .isNotNull();
      Optional<List<Cue>> read = LexiconIndex.read(in, LexiconIndex.fingerprint(SOURCES));
      assertThat(read).as("an index made from the lexicon files as they are now").isPresent();
      assertThat(described(read.get())).isEqualTo(described(Lexicon.derive(SOURCES)));
    }
  }

  @Test
  void anIndexOfOtherFilesIsNotUsed() throws IOException {
    long fingerprint = LexiconIndex.fingerprint(SOURCES);
    byte[] edited = SOURCES.get(1).clone();
    edited[edited.length - 1] ^= 1;
    long editedFingerprint =
        LexiconIndex.fingerprint(List.of(SOURCES.get(0), edited, SOURCES.get(2)));
    assertThat(editedFingerprint).isNotEqualTo(fingerprint);

    byte[] index = indexOf(Lexicon.derive(SOURCES), fingerprint);
    assertThat(LexiconIndex.read(new ByteArrayInputStream(index), editedFingerprint)).isEmpty();
    assertThat(LexiconIndex.read(new ByteArrayInputStream(index), fingerprint)).isPresent();
  }

  @Test
  void theSameFilesGiveTheSameBytes() throws IOException {
    long fingerprint = LexiconIndex.fingerprint(SOURCES);
    assertThat(indexOf(Lexicon.derive(SOURCES), fingerprint))
        .isEqualTo(indexOf(Lexicon.derive(SOURCES), fingerprint));
  }

  @Test
  void aLineIsCompiledOnlyWhenFirstMatched() throws IOException {
    long fingerprint = LexiconIndex.fingerprint(SOURCES);
    byte[] index = indexOf(Lexicon.derive(SOURCES), fingerprint);
    List<Cue> cues = LexiconIndex.read(new ByteArrayInputStream(index), fingerprint).orElseThrow();
    assertThat(cues).noneMatch(c -> c.pattern().isCompiled());

    Lexicon lexicon = Lexicon.of(cues);
    Cue first = lexicon.section("negator").get(0);
    assertThat(lexicon.anyMatch("negator", "she has never been arrested")).isTrue();
    assertThat(first.pattern().isCompiled()).isTrue();
    assertThat(lexicon.cues().stream().filter(c -> c.pattern().isCompiled()).count())
        .as("lines compiled to match one sentence")
        .isLessThan(cues.size() / 10);
  }

  @Test
  void aLexiconReadBackFromItsIndexFindsWhatTheFilesFind() throws IOException {
    long fingerprint = LexiconIndex.fingerprint(SOURCES);
    Lexicon fromFiles = Lexicon.of(Lexicon.derive(SOURCES));
    Lexicon fromIndex =
        Lexicon.of(
            LexiconIndex.read(
                    new ByteArrayInputStream(indexOf(Lexicon.derive(SOURCES), fingerprint)),
                    fingerprint)
                .orElseThrow());
    for (String sentence :
        List.of(
            "she has never been arrested",
            "she is kind and works at the bakery",
            "the notary knows her from the nonprofit",
            "el nunca ha sido arrestado",
            "dear judge")) {
      for (String section : List.of("negator", "judge", "cover.housing")) {
        assertThat(fromIndex.anyMatch(section, sentence))
            .as("%s in \"%s\"", section, sentence)
            .isEqualTo(fromFiles.anyMatch(section, sentence));
      }
    }
    assertThat(fromIndex.anyMatch("negator", "the notary knows her from the nonprofit"))
        .as("words that only contain a negation")
        .isFalse();
  }

  @Test
  void aLineCompiledLaterIsTheSameExpressionAsOneCompiledAtOnce() {
    CuePattern later = CuePattern.lazy("\\bnever\\b");
    CuePattern now = CuePattern.of(Pattern.compile("\\bnever\\b"));
    assertThat(later).isEqualTo(now).hasSameHashCodeAs(now).isNotEqualTo("\\bnever\\b");
    assertThat(later).isNotEqualTo(CuePattern.lazy("\\bnunca\\b"));
    assertThat(later.toString()).isEqualTo("\\bnever\\b");
    assertThat(later.matcher("she has never been arrested").find()).isTrue();
  }
}
