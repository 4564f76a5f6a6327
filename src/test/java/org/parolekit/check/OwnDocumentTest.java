package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The documents parolekit writes beside the letters are recognized by their title near the top and
 * a line only their template writes, and are then not checked as letters; a letter that quotes a
 * title, or shares a phrase with a template, is still a letter.
 */
class OwnDocumentTest {
  @Test
  void aWritingGuideIsRecognizedInEitherLanguage() {
    String english =
        "How to write a letter to help Daniel Okafor\n\n"
            + "Start with who you are and how you know Daniel.\n"
            + "What to leave out: anything about his asylum claim.\n";
    assertThat(OwnDocument.recognize(english)).contains(OwnDocument.WRITING_GUIDE);
    String spanish =
        "Cómo escribir una carta para ayudar a Daniel Okafor\n\n"
            + "Empiece por decir quién es usted y cómo conoce a Daniel.\n";
    assertThat(OwnDocument.recognize(spanish)).contains(OwnDocument.WRITING_GUIDE);
  }

  @Test
  void theTitleMayStandBelowADraftMarkAndBlankLines() {
    String certificate =
        "DRAFT\n\n\n\n"
            + "Certificate of Translation\n\n"
            + "I, Irene Vasquez, certify that I am competent to translate from Spanish into"
            + " English.\n";
    assertThat(OwnDocument.recognize(certificate)).contains(OwnDocument.TRANSLATION_CERTIFICATE);
    String packet =
        "Paquete de recursos para quien se representa a sí mismo\nPreparado por: Centro Vecinal\n";
    assertThat(OwnDocument.recognize(packet)).contains(OwnDocument.PACKET);
  }

  @Test
  void aTitleFarDownTheTextDoesNotMakeADocument() {
    String letter =
        "November 3, 2026\n"
            + "Dear Officer Lang,\n"
            + "I am Daniel's neighbour.\n"
            + "Certificate of Translation\n"
            + "I certify that I am competent to translate from Igbo into English.\n";
    assertThat(OwnDocument.recognize(letter)).isEmpty();
  }

  @Test
  void aLetterThatQuotesATitleOrAMarkerIsStillALetter() {
    String quotesTitle =
        "How to write a letter to help a friend was the first thing I searched for.\n"
            + "I have known Daniel since 2015.\n";
    assertThat(OwnDocument.recognize(quotesTitle)).as("the title without a marker").isEmpty();
    String sharesMarker =
        "Dear Officer Lang,\n\nStart with who you are, my mother always said. I am Daniel's"
            + " neighbour, and this guide is what I learned from him.\n";
    assertThat(OwnDocument.recognize(sharesMarker)).as("markers without a title").isEmpty();
    assertThat(OwnDocument.recognize("Dear Officer Lang,\n\nI am Daniel's neighbour.\n")).isEmpty();
  }

  @Test
  void eachKindHasADescriptionForTheLintMessage() {
    ResourceBundle messages = ResourceBundle.getBundle("org.parolekit.cli.Messages", Locale.ROOT);
    assertThat(OwnDocument.TRANSLATION_CERTIFICATE.messageKey())
        .isEqualTo("own-document.translation-certificate");
    for (OwnDocument kind : OwnDocument.values()) {
      assertThat(messages.containsKey(kind.messageKey())).as(kind.messageKey()).isTrue();
    }
  }
}
