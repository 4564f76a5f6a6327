package org.parolekit.render;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parolekit.load.LoadedCase;
import org.parolekit.model.ANumber;
import org.parolekit.model.Address;
import org.parolekit.model.CaseFile;
import org.parolekit.model.Commitments;
import org.parolekit.model.ContactKind;
import org.parolekit.model.Detention;
import org.parolekit.model.FieldOffice;
import org.parolekit.model.FileRef;
import org.parolekit.model.ImmigrationStatus;
import org.parolekit.model.Language;
import org.parolekit.model.LocalizedText;
import org.parolekit.model.NameOnRecords;
import org.parolekit.model.OrganizationLink;
import org.parolekit.model.OrganizationProfile;
import org.parolekit.model.PartialDate;
import org.parolekit.model.Person;
import org.parolekit.model.PreparedBy;
import org.parolekit.model.PreparerRole;
import org.parolekit.model.Pronouns;
import org.parolekit.model.Signer;
import org.parolekit.model.Sponsor;
import org.parolekit.model.Statements;
import org.parolekit.model.Supporter;
import org.parolekit.model.SupporterRole;
import org.parolekit.model.Translation;
import org.parolekit.model.Translator;

/** Fictional cases built in Java, so render tests do not depend on the YAML loader. */
final class Fixtures {
  static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 27);

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("case/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static FileRef file(String name) {
    return new FileRef(name, resource(name));
  }

  static Translator danielRuiz() {
    return new Translator(
        "Daniel Ruiz",
        new Address("88 Palm Avenue", null, "National City", "CA", "91950", null),
        "(619) 555-0177");
  }

  static Person mariaPerson(Pronouns pronouns) {
    return new Person(
        "María José",
        "Hernández López",
        new NameOnRecords("Maria Jose", "Hernandez"),
        ANumber.parse("A12345678"),
        LocalDate.of(1994, 5, 17),
        "Honduras",
        "Honduran",
        pronouns,
        List.of(Language.ES),
        List.of(),
        new Detention("Otay Mesa Detention Center", FieldOffice.SAN_DIEGO, null),
        List.of());
  }

  static Sponsor rosa(Translation translation) {
    return new Sponsor(
        "Rosa Hernández Díaz",
        "aunt",
        PartialDate.parse("1994"),
        ImmigrationStatus.PERMANENT_RESIDENT,
        null,
        new Address("1420 Calle Ocho", "Apt 3B", "Chula Vista", "CA", "91910", null),
        "(619) 555-0143",
        "rosa.hernandez@example.org",
        "costurera",
        Language.ES,
        new Commitments(true, true, true, true),
        null,
        new Statements(
            "Soy hermana de la mamá de María José. La conozco desde que nació en San Pedro Sula y"
                + " la cuidé muchas veces cuando era niña. Hablamos por teléfono casi todos los"
                + " días.",
            "María José vivirá conmigo en mi casa de Chula Vista, donde tiene su propio cuarto. Yo"
                + " la llevaré a cada audiencia y a cada cita. Toda nuestra familia está aquí para"
                + " apoyarla.",
            "María José es una mujer trabajadora, tranquila y cariñosa. Nunca ha tenido problemas"
                + " con nadie. En su iglesia cantaba en el coro y ayudaba a cuidar a los niños.",
            "¡Gracias por leer mi carta! ¿Qué más puedo decir? La esperamos con los brazos"
                + " abiertos."),
        translation,
        null,
        List.of());
  }

  static Translation rosaTranslation() {
    return new Translation(
        danielRuiz(),
        "I am the sister of María José's mother. I have known her since she was born in San Pedro"
            + " Sula, and I took care of her many times when she was a child. We talk on the phone"
            + " almost every day.",
        "María José will live with me in my home in Chula Vista, where she has her own room. I will"
            + " take her to every hearing and every appointment. Our whole family is here to"
            + " support her.",
        "María José is a hardworking, calm and loving woman. She has never had problems with"
            + " anyone. At her church she sang in the choir and helped care for the children.",
        "Thank you for reading my letter! What more can I say? We are waiting for her with open"
            + " arms.",
        null,
        null);
  }

  static Supporter pastor() {
    return new Supporter(
        "Luis Ortega Ávila",
        SupporterRole.CLERGY,
        "pastor",
        PartialDate.parse("2012"),
        "pastor",
        null,
        new Address("Colonia Kennedy, Bloque 12", null, "Tegucigalpa", "FM", "11101", "Honduras"),
        "+504 5555-0192",
        null,
        Language.ES,
        new Statements(
            "María José asistió a nuestra iglesia, la Iglesia Evangélica Roca de Salvación, cada"
                + " semana durante diez años.",
            null,
            "Es una joven pacífica y responsable. Enseñaba en la escuela dominical y nunca la vi"
                + " enojarse con nadie.",
            null),
        new Translation(
            danielRuiz(),
            "María José attended our church, the Roca de Salvación Evangelical Church, every week"
                + " for ten years.",
            null,
            "She is a peaceful and responsible young woman. She taught Sunday school, and I never"
                + " saw her get angry with anyone.",
            null,
            null,
            null),
        null);
  }

  /** The pastor again, this time with a whole letter in Spanish (Markdown) and its translation. */
  static Supporter pastorWithWholeLetter() {
    Supporter p = pastor();
    return new Supporter(
        p.name(),
        p.role(),
        p.relationship(),
        p.since(),
        p.occupation(),
        p.immigrationStatus(),
        p.address(),
        p.phone(),
        p.email(),
        p.language(),
        null,
        new Translation(danielRuiz(), null, null, null, null, file("pastor-letter-en.md"), null),
        file("pastor-letter-es.md"));
  }

  /** María José's case with the pastor's whole letter, no organization. */
  static LoadedCase mariaWithWholeLetters() {
    CaseFile c =
        new CaseFile(
            mariaPerson(Pronouns.SHE),
            rosa(rosaTranslation()),
            List.of(pastorWithWholeLetter(), friend()),
            null,
            new PreparedBy(PreparerRole.VOLUNTEER, "Carmen Ibáñez", null),
            List.of(),
            LETTER_DATE);
    return new LoadedCase(Path.of("case.yaml"), c, Optional.empty());
  }

  static Supporter employer() {
    return new Supporter(
        "Susan Miller",
        SupporterRole.EMPLOYER,
        "owner of the bakery where her aunt works",
        PartialDate.parse("2026-04"),
        "owner of Miller Family Bakery",
        ImmigrationStatus.CITIZEN,
        new Address("301 Third Avenue", null, "Chula Vista", "CA", "91910", null),
        "(619) 555-0110",
        "susan@millerbakery.example",
        Language.EN,
        new Statements(
            "I met María José through her aunt Rosa, who has worked with me for twelve years. I"
                + " have spoken with María José by phone many times since April 2026.",
            "Once she is allowed to work, I will offer her a job at my bakery, a short walk from"
                + " Rosa's home.",
            "Everyone who knows her describes her as kind and honest, and that is what I have"
                + " seen.",
            null),
        null,
        null);
  }

  static Supporter friend() {
    return new Supporter(
        "Ana Lucía Peña",
        SupporterRole.FRIEND,
        "friend from a prayer group",
        PartialDate.parse("2024-06"),
        null,
        null,
        new Address("77 Orange Street", null, "Chula Vista", "CA", "91911", null),
        "(619) 555-0166",
        null,
        Language.EN,
        null,
        null,
        file("friend-letter.txt"));
  }

  static OrganizationProfile organization() {
    return new OrganizationProfile(
        "Border Visitation Friends",
        new Address("500 Mission Road", "Suite 2", "San Diego", "CA", "92101", null),
        "(619) 555-0100",
        "hello@bvf.example",
        "bvf.example",
        file("logo.png"),
        new Signer("Elena Núñez Castillo", "Volunteer Coordinator"),
        "a national network of immigration detention visitation programs",
        new LocalizedText(
            "Border Visitation Friends is a volunteer group that has visited people held at Otay"
                + " Mesa Detention Center since 2015.",
            "Border Visitation Friends es un grupo de voluntariado que visita desde 2015 a las"
                + " personas detenidas en Otay Mesa Detention Center."),
        new LocalizedText(
            "Our partner congregations in Chula Vista offer rides, clothing and accompaniment to"
                + " appointments.",
            "Nuestras congregaciones aliadas en Chula Vista ofrecen transporte, ropa y"
                + " acompañamiento a las citas."),
        "una red nacional de programas de visitas a personas en detención migratoria");
  }

  /** Rosa as a sponsor whose own words are not given: the letter says every fact itself. */
  static Sponsor rosaWithoutWords() {
    Sponsor r = rosa(rosaTranslation());
    return new Sponsor(
        r.name(),
        r.relationship(),
        r.since(),
        r.immigrationStatus(),
        r.statusDetail(),
        r.address(),
        r.phone(),
        r.email(),
        r.occupation(),
        r.language(),
        r.commitments(),
        r.personWillLiveAt(),
        null,
        new Translation(danielRuiz(), null, null, null, null, null, null),
        null,
        List.of());
  }

  /** María José's case: Spanish-speaking, her aunt sponsors, three supporters, an organization. */
  static LoadedCase maria() {
    return maria(Pronouns.SHE);
  }

  static LoadedCase maria(Pronouns pronouns) {
    CaseFile c =
        new CaseFile(
            mariaPerson(pronouns),
            rosa(rosaTranslation()),
            List.of(pastor(), employer(), friend()),
            new OrganizationLink(
                file("logo.png"),
                ContactKind.VISITS_AND_LETTERS,
                PartialDate.parse("2026-03"),
                "Carmen Ibáñez"),
            new PreparedBy(PreparerRole.VOLUNTEER, "Carmen Ibáñez", "Border Visitation Friends"),
            List.of(),
            LETTER_DATE);
    return new LoadedCase(
        resource("logo.png").getParent().resolve("case.yaml"), c, Optional.of(organization()));
  }

  /** A case with only the sponsor, whose statements are given; for focused tests. */
  static LoadedCase sponsorOnly(Person person, Sponsor sponsor) {
    CaseFile c =
        new CaseFile(
            person,
            sponsor,
            List.of(),
            null,
            new PreparedBy(PreparerRole.VOLUNTEER, "Carmen Ibáñez", null),
            List.of(),
            LETTER_DATE);
    return new LoadedCase(Path.of("case.yaml"), c, Optional.empty());
  }

  /** Joseph Kamara's case: English-speaking man, his sister sponsors him, no supporters. */
  static LoadedCase joseph() {
    Person joseph =
        new Person(
            "Joseph",
            "Kamara",
            null,
            ANumber.parse("A987654321"),
            LocalDate.of(1988, 2, 3),
            "Sierra Leone",
            "Sierra Leonean",
            Pronouns.HE,
            List.of(Language.EN),
            List.of("Krio"),
            new Detention(
                "Krome North Service Processing Center", FieldOffice.MIAMI, "Officer Daniel Reyes"),
            List.of());
    Sponsor sister =
        new Sponsor(
            "Fatmata Kamara",
            "sister",
            PartialDate.parse("1988-02-03"),
            ImmigrationStatus.CITIZEN,
            null,
            new Address("2150 NW 7th Street", null, "Miami", "FL", "33125", null),
            "(305) 555-0123",
            null,
            "nurse",
            Language.EN,
            new Commitments(true, false, true, false),
            new Address("2160 NW 7th Street", "Unit 4", "Miami", "FL", "33125", null),
            new Statements(
                "Joseph is my younger brother. I was there the day he was born in Freetown.",
                "He will live next door to me, in the unit I rent for him, and I will drive him to"
                    + " every hearing.",
                "Joseph has always been the calm one in our family. He coached children's football"
                    + " at home.",
                null),
            null,
            null,
            List.of());
    return sponsorOnly(joseph, sister);
  }
}
