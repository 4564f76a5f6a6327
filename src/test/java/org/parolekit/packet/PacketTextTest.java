package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parolekit.model.Language;

/** How the packet joins two words with "and": in Spanish "e" before an i sound, else "y". */
class PacketTextTest {
  private final PacketText english = new PacketText(Language.EN);
  private final PacketText spanish = new PacketText(Language.ES);

  @Test
  void englishJoinsWithAnd() {
    assertThat(english.and("Spanish", "Italian")).isEqualTo("Spanish and Italian");
  }

  @Test
  void spanishJoinsWithEBeforeAnIOrHiSound() {
    assertThat(spanish.and("español", "inglés")).isEqualTo("español e inglés");
    assertThat(spanish.and("Padre", "Hijo")).isEqualTo("Padre e Hijo");
  }

  @Test
  void spanishJoinsWithYBeforeHieAndOtherSounds() {
    assertThat(spanish.and("agua", "hielo")).isEqualTo("agua y hielo");
    assertThat(spanish.and("inglés", "español")).isEqualTo("inglés y español");
    assertThat(spanish.and("madre", "hermana")).isEqualTo("madre y hermana");
  }
}
