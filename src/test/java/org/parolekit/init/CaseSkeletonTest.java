package org.parolekit.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

/** The Spanish skeleton and steps say what the English ones say, key for key. */
class CaseSkeletonTest {
  /** A key, on a line of its own or commented out: " givenNames:", " # email:", "# - name:". */
  private static final Pattern KEY = Pattern.compile("(?m)^[ #]*(?:- )?([A-Za-z]+):");

  @Test
  void bothSkeletonsHaveTheSameKeysInTheSameOrderIncludingTheCommentedOutOnes() {
    List<String> en = keys(Language.EN);
    assertThat(en)
        .hasSizeGreaterThan(60)
        .contains("person", "sponsor", "supporters", "organization", "preparedBy");
    assertThat(keys(Language.ES)).isEqualTo(en);
  }

  @Test
  void theSpanishStepsHaveEveryKeyOfTheEnglishOnes() throws IOException {
    assertThat(bundle("Messages_es.properties").stringPropertyNames())
        .isEqualTo(bundle("Messages.properties").stringPropertyNames());
  }

  private static List<String> keys(Language language) {
    Matcher m = KEY.matcher(new String(CaseSkeleton.in(language), StandardCharsets.UTF_8));
    return m.results().map(r -> r.group(1)).toList();
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CaseSkeleton.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
