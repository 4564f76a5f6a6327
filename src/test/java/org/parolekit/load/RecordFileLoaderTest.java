package org.parolekit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parolekit.load.LoaderFixtures.TODAY;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parolekit.model.FileRef;
import org.parolekit.model.InvalidValueException;
import org.parolekit.model.Language;
import org.parolekit.model.Required;

/** Any data file of the tool reads with the case file's strictness and messages. */
class RecordFileLoaderTest {
  /** Office hours: a record that refuses itself when it ends before it begins. */
  record Hours(@Required Integer opens, @Required Integer closes) {
    Hours {
      if (opens != null && closes != null && closes < opens) {
        throw new InvalidValueException("closes before it opens", "write the earlier hour first");
      }
    }
  }

  record Office(
      @Required String name,
      List<Language> languages,
      Hours hours,
      List<Hours> more,
      FileRef map) {}

  @TempDir Path dir;

  private List<String> problems(Runnable load) {
    CaseFileException[] thrown = new CaseFileException[1];
    assertThatThrownBy(load::run)
        .isInstanceOfSatisfying(CaseFileException.class, e -> thrown[0] = e);
    return thrown[0].problems().stream()
        .map(p -> p.format().replace(dir.toString() + dir.getFileSystem().getSeparator(), ""))
        .toList();
  }

  @Test
  void readsAFileIntoTheRecordWithPathsBesideIt() {
    LoaderFixtures.write(dir, "data/map.png", "png");
    Path file =
        LoaderFixtures.write(
            dir,
            "data/office.yaml",
            "name: Otay Mesa\nlanguages: [es, en]\nhours: {opens: 9, closes: 17}\nmap: map.png\n");
    Office office = new RecordFileLoader(TODAY).load(file, Office.class);
    assertThat(office.name()).isEqualTo("Otay Mesa");
    assertThat(office.languages()).containsExactly(Language.ES, Language.EN);
    assertThat(office.hours()).isEqualTo(new Hours(9, 17));
    assertThat(office.map().resolved()).isEqualTo(dir.resolve("data/map.png"));
  }

  @Test
  void reportsEveryProblemOfTheFileInEnglishWithItsPlace() {
    Path file =
        LoaderFixtures.write(
            dir, "office.yaml", "nmae: Otay Mesa\nlanguages: [es, fr]\nmap: nowhere.png\n");
    assertThat(problems(() -> new RecordFileLoader(TODAY).load(file, Office.class)))
        .containsExactly(
            "office.yaml:1:1: nmae: unknown key \"nmae\". did you mean \"name\"?",
            "office.yaml:1:1: name: is missing. add \"name:\".",
            "office.yaml:2:17: languages[1]: unknown value \"fr\". did you mean \"en\"? write one"
                + " of: en, es.",
            "office.yaml:3:6: map: file not found: \"nowhere.png\". paths are relative to the"
                + " folder of office.yaml; check the path and the file name.");
    assertThat(problems(() -> new RecordFileLoader(TODAY).load(dir, Office.class)))
        .singleElement()
        .asString()
        .endsWith(": is a folder, not a file. give the path of the YAML file.");
  }

  @Test
  void reportsARecordThatRefusesItselfAtTheKeyThatOpensIt() {
    Path file =
        LoaderFixtures.write(
            dir,
            "office.yaml",
            "name: Otay Mesa\n"
                + "hours:\n"
                + "  opens: 17\n"
                + "  closes: 9\n"
                + "more:\n"
                + "  - {opens: 8, closes: 7}\n");
    assertThat(problems(() -> new RecordFileLoader(TODAY).load(file, Office.class)))
        .containsExactly(
            "office.yaml:2:1: hours: closes before it opens. write the earlier hour first.",
            "office.yaml:6:5: more[0]: closes before it opens. write the earlier hour first.");
  }

  @Test
  void readsTextThatShipsWithTheToolUnderItsName() {
    Office office =
        new RecordFileLoader(TODAY).fromText("offices.yaml", "name: Otay Mesa\n", Office.class);
    assertThat(office.name()).isEqualTo("Otay Mesa");
    assertThat(
            problems(
                () ->
                    new RecordFileLoader(TODAY)
                        .fromText("offices.yaml", "name: Otay Mesa\nhours: 9\n", Office.class)))
        .containsExactly(
            "offices.yaml:2:8: hours: must be a mapping of keys, but holds a single value. write"
                + " its keys on the lines below, indented, for example opens:, closes:.");
  }

  @Test
  void anExceptionsMessageIsItsFirstProblemAndHowManyMore() {
    Path file = LoaderFixtures.write(dir, "office.yaml", "name: x\nhours: 9\nmore: 1\nmap: []\n");
    assertThatThrownBy(() -> new RecordFileLoader(TODAY).load(file, Office.class))
        .hasMessageStartingWith(dir.resolve("office.yaml") + ":2:8: hours: must be a mapping")
        .hasMessageEndingWith("(and 2 more)");
    Path one = LoaderFixtures.write(dir, "one.yaml", "name: x\nhours: 9\n");
    assertThatThrownBy(() -> new RecordFileLoader(TODAY).load(one, Office.class))
        .hasMessage(
            dir.resolve("one.yaml")
                + ":2:8: hours: must be a mapping of keys, but holds a single value. write its keys"
                + " on the lines below, indented, for example opens:, closes:.");
  }
}
