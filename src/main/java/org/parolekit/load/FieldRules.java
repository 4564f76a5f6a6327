package org.parolekit.load;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parolekit.model.Attachment;
import org.parolekit.model.NameOnRecords;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.Signer;
import org.parolekit.model.Sponsor;
import org.parolekit.model.SponsorDocument;
import org.parolekit.model.Supporter;
import org.parolekit.model.Translation;
import org.parolekit.model.Translator;

/** Checks on single fields that the types alone do not say: file kinds and plausible dates. */
final class FieldRules {
  static final List<String> LETTER = List.of("txt", "md", "docx");
  static final List<String> DOCUMENT = List.of("pdf", "jpg", "jpeg", "png");
  static final List<String> IMAGE = List.of("png", "jpg", "jpeg");

  private static final Map<String, List<String>> EXTENSIONS =
      Map.of(
          key(Sponsor.class, "letterFile"), LETTER,
          key(Supporter.class, "letterFile"), LETTER,
          key(Translation.class, "letterFile"), LETTER,
          key(Attachment.class, "file"), DOCUMENT,
          key(SponsorDocument.class, "file"), DOCUMENT,
          key(OrganizationProfile.class, "logo"), IMAGE);

  /** Longest name a person's field may hold: the longest real names are well under it. */
  static final int MAX_NAME_CHARS = 100;

  private static final Set<String> NAMES =
      Set.of(
          key(Person.class, "givenNames"),
          key(Person.class, "familyNames"),
          key(NameOnRecords.class, "givenNames"),
          key(NameOnRecords.class, "familyNames"),
          key(Sponsor.class, "name"),
          key(Supporter.class, "name"),
          key(Signer.class, "name"),
          key(Translator.class, "name"),
          key(PreparedBy.class, "name"));

  /** Oldest plausible age, in years, of a person alive today. */
  static final int MAX_AGE_YEARS = 120;

  private FieldRules() {}

  private static String key(Class<?> record, String component) {
    return record.getName() + "." + component;
  }

  private static String key(RecordComponent rc) {
    return key(rc.getDeclaringRecord(), rc.getName());
  }

  /** The file-name extensions a file field accepts, lower case; empty when any file will do. */
  static List<String> extensions(RecordComponent rc) {
    return rc == null ? List.of() : EXTENSIONS.getOrDefault(key(rc), List.of());
  }

  /** A person's name, held to {@link #MAX_NAME_CHARS} and to having a visible letter. */
  static boolean isPersonName(RecordComponent rc) {
    return rc != null && NAMES.contains(key(rc));
  }

  static boolean isBirthDate(RecordComponent rc) {
    return rc != null
        && rc.getDeclaringRecord() == Person.class
        && rc.getName().equals("dateOfBirth");
  }

  /** A "since when" date, which cannot lie in the future. */
  static boolean isSinceDate(RecordComponent rc) {
    return rc != null && rc.getName().equals("since");
  }

  static boolean isOrganizationProfile(RecordComponent rc) {
    return rc != null
        && rc.getDeclaringRecord() == OrganizationLink.class
        && rc.getName().equals("profile");
  }
}
