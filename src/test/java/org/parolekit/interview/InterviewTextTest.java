package org.parolekit.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parolekit.model.Address;
import org.parolekit.model.Attachment;
import org.parolekit.model.Commitments;
import org.parolekit.model.Detention;
import org.parolekit.model.IdentityDocument;
import org.parolekit.model.Language;
import org.parolekit.model.NameOnRecords;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.Sponsor;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.Supporter;

class InterviewTextTest {
  /** Components the interview leaves to the coach or to the file. */
  private static final Set<String> NOT_ASKED =
      Set.of(
          "Sponsor.statements",
          "Sponsor.translation",
          "Sponsor.letterFile",
          "Supporter.statements",
          "Supporter.translation",
          "Supporter.letterFile");

  @Test
  void spanishHasEveryEnglishMessage() {
    Set<String> english = load("Messages.properties").stringPropertyNames();
    Set<String> spanish = load("Messages_es.properties").stringPropertyNames();
    assertThat(spanish).containsAll(english.stream().filter(k -> !k.startsWith("enum.")).toList());
    assertThat(spanish.stream().filter(k -> !english.contains(k)))
        .allSatisfy(k -> assertThat(k).matches("(help|enum)\\..*"));
  }

  @Test
  void everyQuestionHasALabelAndSpanishHelp() throws IOException {
    Properties en = load("Messages.properties");
    Properties es = load("Messages_es.properties");
    Stream.of(
            Person.class,
            NameOnRecords.class,
            Detention.class,
            IdentityDocument.class,
            Sponsor.class,
            Address.class,
            Commitments.class,
            SponsorDocument.class,
            Supporter.class,
            OrganizationLink.class,
            Attachment.class,
            PreparedBy.class)
        .flatMap(type -> Arrays.stream(type.getRecordComponents()))
        .filter(rc -> !NOT_ASKED.contains(RecordInterview.key(rc)))
        .forEach(
            rc -> {
              assertThat(en).as(rc.toString()).containsKey(InterviewText.componentKey("label", rc));
              assertThat(es).as(rc.toString()).containsKey(InterviewText.componentKey("label", rc));
              if (!isNested(rc)) {
                assertThat(es)
                    .as(rc.toString())
                    .containsKey(InterviewText.componentKey("help", rc));
              }
            });
  }

  @Test
  void spanishWordsKeepTheirAccents() {
    InterviewText es = new InterviewText(Language.ES);
    assertThat(es.get("word.yes")).isEqualTo("sí");
    assertThat(es.get("status.weak")).isEqualTo("débil");
    assertThat(es.countries()).contains("México", "Haití", "Perú", "El Salvador");
    assertThat(new InterviewText(Language.EN).countries()).contains("Mexico", "Haiti", "Peru");
  }

  private static boolean isNested(RecordComponent rc) {
    return rc.getType().isRecord()
            && rc.getType().getPackageName().equals("org.parolekit.model")
            && !rc.getType().getSimpleName().matches("ANumber|PartialDate|FileRef")
        || rc.getType() == java.util.List.class
            && rc.getName().matches("identityDocuments|documents");
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = InterviewText.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  /** Every closed-set value has a Spanish word, and no word means two values of one question. */
  @Test
  void everyChoiceHasASpanishWordAndNoWordIsAmbiguous() {
    InterviewText es = new InterviewText(Language.ES);
    Stream.of(
            org.parolekit.model.Pronouns.class,
            Language.class,
            org.parolekit.model.ImmigrationStatus.class,
            org.parolekit.model.PreparerRole.class,
            org.parolekit.model.SupporterRole.class,
            org.parolekit.model.ContactKind.class,
            org.parolekit.model.ContactFrequency.class,
            org.parolekit.model.DocumentLocation.class,
            org.parolekit.model.IdentityDocumentType.class,
            org.parolekit.model.SponsorDocumentKind.class,
            org.parolekit.model.Criterion.class)
        .forEach(
            type -> {
              ChoiceWords words = ChoiceWords.of(type, es);
              for (ChoiceWords.Word w : words.words()) {
                assertThat(w.shown())
                    .as(type.getSimpleName() + "." + w.code())
                    .isNotEqualTo(w.code());
                for (String a : w.accepted()) {
                  assertThat(words.code(a)).as(type.getSimpleName() + ": " + a).contains(w.code());
                }
              }
            });
  }
}
