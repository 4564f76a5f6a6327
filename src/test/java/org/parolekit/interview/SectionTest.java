package org.parolekit.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {
  @Test
  void readsSectionNamesAsTheCaseFileWritesThem() {
    assertThat(Section.named("preparedBy")).contains(Section.PREPARED_BY);
    assertThat(Section.named("prepared-by")).contains(Section.PREPARED_BY);
    assertThat(Section.named("Sponsor")).contains(Section.SPONSOR);
    assertThat(Section.named("sponsors")).isEmpty();
  }

  @Test
  void theResumeCommandNamesTheSectionsLeft() {
    assertThat(
            Interview.resumeCommand(
                "parolekit",
                Path.of("case.yaml"),
                List.of(Section.SUPPORTERS, Section.ATTACHMENTS)))
        .isEqualTo("parolekit interview case.yaml --section supporters,attachments");
  }
}
