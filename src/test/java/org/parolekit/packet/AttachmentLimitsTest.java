package org.parolekit.packet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A limit of nothing would refuse every attachment, so each limit must be at least one. */
class AttachmentLimitsTest {
  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void everyLimitOfOneIsAccepted() {
    assertThatCode(() -> new AttachmentLimits(1, 1, 1, SECOND, 1, 1, 1)).doesNotThrowAnyException();
  }

  @Test
  void anyLimitOfZeroIsRefused() {
    assertRefused(() -> new AttachmentLimits(0, 1, 1, SECOND, 1, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 0, 1, SECOND, 1, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 0, SECOND, 1, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 1, Duration.ZERO, 1, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 1, SECOND.negated(), 1, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 1, SECOND, 0, 1, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 1, SECOND, 1, 0, 1));
    assertRefused(() -> new AttachmentLimits(1, 1, 1, SECOND, 1, 1, 0));
  }

  private static void assertRefused(Runnable limits) {
    assertThatThrownBy(limits::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attachment limits must be positive");
  }
}
