package org.parolekit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each detector on sentences of our own, in English and Spanish: what it must find, and what it
 * must leave alone (negated, said by the writer of themself, a different idea). The same sentence
 * in capitals and without accents must give the same answer.
 */
class DetectorsTest {
  private static final Lexicon LEXICON = Lexicon.builtIn();
  private static final Detectors DETECTORS = new Detectors(LEXICON);

  private static Set<String> fired(String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    return DETECTORS.detect(sentences, sentences, DETECTORS.writtenByThePerson(sentences)).stream()
        .map(d -> d.detector().section())
        .collect(Collectors.toSet());
  }

  private static String shouted(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT);
  }

  @ParameterizedTest(name = "{0} fires on: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          identity.identifiers   | Re: Tomás Quispe, A# 098-765-432
          identity.identifiers   | His alien number is A 87654321.
          identity.identifiers   | Nadia is a Sudanese woman who arrived in 2024.
          identity.identifiers   | She was born in Honduras and raised by her grandmother.
          identity.identifiers   | I have seen his passport and his birth certificate.
          identity.identifiers   | Nació en San Pedro Sula, Honduras, en 1999.
          identity.identifiers   | Es una periodista guatemalteca que vive en Mixco.
          identity.identifiers   | Tengo su acta de nacimiento original.
          identity.facility      | Luis Armando Pérez is held at the Adelanto ICE Processing Center.
          identity.facility      | Está detenida en el centro de detención de Otay Mesa.
          identity.facility      | A mi sobrino lo tienen en el centro de procesamiento de Río Seco.
          identity.identifiers   | Ella nació en la aldea de San Juan el 4 de marzo de 1997.
          danger.observed        | In eight years I never saw her in a confrontation with a customer.
          merits.fear            | Si la deportan la van a meter presa por lo que escribió.
          merits.fear            | En su pueblo la tenían fichada por las marchas.
          flightRisk.ties        | Ha pasado casi toda su vida en este país.
          flightRisk.ties        | Lo único que pido es que mi mamá pueda estar con nosotros.
          flightRisk.ties        | Our kitchen is so empty without her.
          flightRisk.ties        | He has spent most of his adult life in Ohio.
          flightRisk.ties        | Please let my grandmother come home to us.
          flightRisk.ties        | We all miss her terribly.
          flightRisk.ties        | Solo pido que lo dejen volver con nosotros.
          flightRisk.ties        | I told the crew we would hold his spot for him.
          flightRisk.ties        | We will take her back on the night shift the day she is out.
          flightRisk.ties        | Her whole life is in Dayton now.
          flightRisk.ties        | He's got family in Tulsa who call every day.
          flightRisk.ties        | Le guardamos su puesto en la cocina.
          flightRisk.ties        | La patrona me pregunta cada lunes cuándo regresa.
          flightRisk.ties        | Toda su vida está aquí en Salinas.
          danger.statement       | He never had trouble with the police, not even a ticket.
          merits.law             | Tenemos derecho a crecer con nuestros padres.
          merits.law             | Every child has the right to grow up with their parents.
          merits.law             | Under current law, a veteran with one minor conviction can be deported.
          merits.decision        | The judge issued a warrant when he missed the hearing.
          merits.decision        | Her uncle was later deported to Jalisco.
          danger.statement       | There has never been any allegation of violence or abuse against Rigo.
          danger.statement       | My review found no allegations, past or present, of abuse or violence.
          danger.statement       | In my professional judgment there is no safety concern about her children.
          danger.change          | He paid full restitution to the hardware store.
          danger.change          | She completed 60 hours of community service and the case was closed.
          danger.change          | He has not had any trouble with the law since then.
          danger.observed        | The school put her in charge of the second-grade field trip children.
          danger.observed        | On Saturdays the parents hand their kids to Tomás for practice.
          danger.observed        | Desde entonces la pusimos a cargo de los niños del catecismo.
          danger.observed        | No le confiaría a mis nietos a alguien de quien dudara.
          identity.relationship  | I served as the thesis advisor of Amina for two years.
          identity.relationship  | Pedro came to my gym when he was sixteen.
          flightRisk.ties        | She has a small circle of friends here who look out for her.
          flightRisk.ties        | The Castillos are deeply rooted in this neighborhood.
          flightRisk.ties        | My students ask me every week when Mr. Okafor is coming back.
          flightRisk.ties        | Si le hace falta algo, aquí estamos.
          flightRisk.ties        | Desde que él no está, la niña no duerme bien.
          merits.chances         | His lawyer told us he qualifies to apply for his green card.
          identity.relationship  | I am her uncle.
          identity.relationship  | Osman has worked for me since 2019.
          identity.relationship  | I am Dolores Vega, grandmother of Kevin.
          identity.relationship  | We were roommates for three years.
          identity.relationship  | Soy la tía de Marisol.
          identity.relationship  | Soy Rosa Linares, vecina de Gladys desde 2010.
          identity.relationship  | Mi esposo fue detenido en marzo.
          identity.acquaintance  | I have known him since the day he was born.
          identity.acquaintance  | We grew up together in Puebla.
          identity.acquaintance  | I am his pastor and have seen him every Sunday for six years.
          identity.acquaintance  | La conozco desde hace doce años.
          identity.acquaintance  | Crecimos juntos en la misma casa.
          identity.acquaintance  | Soy su maestra desde 2021.
          identity.acquaintance  | We got married at the county clerk's office on March 3, 2020.
          identity.acquaintance  | Dmitri started with me in the fall of 2019 as a dishwasher.
          identity.acquaintance  | She is a patient whom I treated when she came to our clinic last winter.
          identity.acquaintance  | I have trusted her with the keys to our shop every weekend for four years.
          identity.acquaintance  | Conozco a la señora Quispe desde la Navidad del año 2020.
          identity.acquaintance  | Soy su madrina y la cuido desde chiquita.
          identity.acquaintance  | I was there the night she was born.
          identity.acquaintance  | Estuve ahí el día en que nació.
          identity.relationship  | Teodoro began working for us in 2018.
          identity.relationship  | Yusuf, whom I tutored for two semesters, always came early.
          identity.relationship  | El señor Huanca es feligrés de esta parroquia.
          identity.relationship  | Llegó a nuestro grupo de oración recién casada.
          flightRisk.plan        | The basement apartment is hers for as long as she needs it.
          flightRisk.plan        | We will make sure she has groceries and a phone.
          flightRisk.plan        | I will drive him, or my son will, to every hearing.
          flightRisk.plan        | Me comprometo a proporcionarle vivienda y comida.
          flightRisk.plan        | Nos comprometemos a cubrir la totalidad de sus gastos médicos.
          flightRisk.plan        | Mi esposo se ofrece a trasladarla en su camioneta a cada una de sus citas con ICE.
          flightRisk.statement   | Me comprometo a velar por que cumpla con cada condición.
          flightRisk.statement   | She will not run.
          flightRisk.statement   | No se va a esconder de nadie.
          flightRisk.plan        | Arturo tiene su cuartito esperándolo en mi casa.
          flightRisk.plan        | Yo la llevo a todas sus citas con ICE.
          flightRisk.ties        | Please let Arturo come home.
          flightRisk.ties        | Les pedimos que permitan que regrese a casa.
          danger.praise          | Mi sobrino es un muchacho muy noble.
          danger.observed        | I have left my kids with Marisela more times than I can count.
          danger.observed        | Nunca lo he visto gritarles a sus hijos.
          flightRisk.statement   | He is not a flight risk.
          flightRisk.statement   | She will attend every hearing and every ICE check-in.
          flightRisk.statement   | I will make sure that he complies with every condition of his release.
          flightRisk.statement   | Nunca faltará a una audiencia.
          flightRisk.statement   | No representa ningún riesgo de fuga.
          flightRisk.plan        | Ana will live with us at 1420 Calle Ocho, Chula Vista.
          flightRisk.plan        | I will pay for his food and clothes.
          flightRisk.plan        | My brother will drive her to every court date.
          flightRisk.plan        | Vivirá conmigo en mi casa de Houston.
          flightRisk.plan        | Yo la llevaré a todas sus citas con ICE.
          flightRisk.plan        | Me haré cargo de todos sus gastos.
          flightRisk.record      | He has attended every check-in since 2021.
          flightRisk.record      | She was detained at her annual check-in with ICE.
          flightRisk.record      | Siempre ha cumplido con todas sus citas de ICE.
          flightRisk.record      | Fue detenido mientras cumplía con su cita de control.
          flightRisk.ties        | His wife and three children live here in Omaha.
          flightRisk.ties        | Sus hijos lo esperan en Los Ángeles.
          danger.statement       | She has never been arrested.
          danger.statement       | Neither of them has ever committed a crime.
          danger.statement       | He poses no danger to the community.
          danger.statement       | He is a peaceful man.
          danger.statement       | Nunca ha tenido problemas con la policía.
          danger.statement       | No tiene antecedentes penales.
          danger.statement       | Es una persona pacífica.
          danger.observed        | In ten years I have never seen him raise his voice.
          danger.observed        | I trust her with my children.
          danger.observed        | Le confío a mis hijos sin pensarlo.
          danger.observed        | Nunca lo he visto enojado.
          danger.change          | After his arrest in 2015 he completed an anger management program.
          danger.change          | He left the gang and turned his life around.
          danger.change          | Aprendió de sus errores y cambió su vida.
          danger.praise          | He is a hard-working, loving father.
          danger.praise          | Es muy trabajadora y va a la iglesia.
          merits.fear            | She fled because the gang threatened to kill her.
          merits.fear            | He would be killed if he were sent back.
          merits.fear            | Si lo regresan a Guatemala lo matarían.
          merits.fear            | Recibió amenazas de muerte de la mara.
          merits.chances         | She has a strong asylum case.
          merits.chances         | He qualifies for asylum.
          merits.chances         | Su caso de asilo es muy fuerte.
          merits.law             | Seeking asylum is our right under international law.
          merits.law             | Llegamos buscando asilo como es nuestro derecho.
          merits.decision        | Given the stay of removal issued by a district judge, he should be released.
          merits.decision        | Pasó su entrevista de miedo creíble en enero.
          merits.relief          | She deserves asylum.
          merits.relief          | Merece que le den el asilo.
          flightRisk.record      | Her stay was extended at every check-in for six years.
          flightRisk.ties        | He wants to be home with his children again.
          flightRisk.ties        | She lives three hundred miles away from her parents.
          flightRisk.ties        | They belong here, as part of our communities.
          flightRisk.ties        | She hopes to be reunited with her nephew in Ohio.
          danger.praise          | Everyone says she is talented and hard working.
          danger.praise          | He contributed to the parish for years.
          danger.statement       | These young people who have never been arrested should go home.
          merits.chances         | There are strong factors in her case.
          merits.law             | The law does not subject him to mandatory detention.
          merits.law             | The officers violated their own guidelines when they arrested her.
          merits.relief          | We ask you to exercise prosecutorial discretion for Tomas.
          merits.relief          | She was granted Special Immigrant Juvenile Status last year.
          identity.identifiers   | Ousmane fled Mauritania in 2023.
          identity.identifiers   | Grace came to the United States from Mozambique in 2022.
          identity.identifiers   | Es una joven keniana que llegó en marzo.
          identity.identifiers   | Lucía, 31, from Nicaragua, is held in Texas.
          identity.identifiers   | She is a Haitian mother of two small girls.
          identity.identifiers   | He was immigrating from Peru with his cousin.
          identity.identifiers   | En nuestro país, Honduras, la vida es muy dura.
          identity.facility      | Ousmane Diallo is being held at a private prison in Natchez, Mississippi.
          flightRisk.plan        | A retired couple in Tucson has volunteered to house her.
          flightRisk.statement   | He poses no threat to anyone or flight risk.
          flightRisk.record      | Last spring she showed up in court to testify against the landlord.
          flightRisk.ties        | He wants to go on living here with his extended family.
          flightRisk.ties        | She has worked to support her family in Omaha for nine years.
          flightRisk.ties        | Our son asks every night when his father will come home.
          flightRisk.ties        | He is a leader of a farmworker rights organization in Yakima.
          flightRisk.ties        | The parish offered him sanctuary in 2019.
          danger.statement       | She has caused no trouble at all during her detention.
          danger.statement       | The only offense they committed was crossing without papers.
          danger.statement       | We are not aware of any criminal charges against him.
          danger.statement       | Su único delito fue cruzar la frontera.
          danger.statement       | We are not aware of a single arrest in all the years we have known her.
          danger.statement       | No tenemos conocimiento de ningún antecedente penal de Marta.
          danger.change          | He served his sentence and paid his debt to society.
          danger.praise          | He was the treasurer of the Haitian Parents Association at the school.
          merits.fear            | After all we suffered in our country, we cannot go back.
          merits.fear            | Después de tanto sufrimiento que pasamos en mi país, llegamos aquí.
          merits.relief          | Please release them and grant any relief they seek.
          identity.facility      | She is being held at a county facility in Elizabeth, New Jersey.
          identity.facility      | Está detenido en un centro de procesamiento en Tacoma.
          identity.facility      | Tomás was detained at 26 Federal Plaza for two days.
          flightRisk.ties        | Rosa grew up in Ohio and finished school there.
          flightRisk.ties        | Creció en Estados Unidos desde los cinco años.
          flightRisk.ties        | He moved to Denver with his wife and their baby in 2019.
          merits.fear            | They came to this country with the hope of saving their lives.
          merits.fear            | Vinieron a este país con la idea de proteger sus vidas.
          merits.decision        | Yesterday the judge finally granted him a $7,500 bond.
          merits.decision        | El juez le otorgó una fianza de cinco mil dólares.
          merits.relief          | What they ask is simple: humanitarian visas and release.
          merits.relief          | Lo que piden es sencillo: visas humanitarias y la libertad.
          danger.observed        | When the shift gets tense, Omar is the one who brings the tension down.
          danger.observed        | She stepped between the two boys before anyone threw a punch.
          danger.observed        | Se puso de pie entre los dos y les habló bajito hasta que se calmaron.
          danger.observed        | En diez años nunca lo vi perder la paciencia con nadie.
          danger.observed        | Jamás le escuché una grosería a Lupe.
          danger.statement       | His background check came back completely clean last year.
          danger.statement       | Tiene cero récord criminal, ni una multa.
          danger.statement       | La revisión de antecedentes salió completamente limpia.
          identity.relationship  | Marisol married my oldest son in 2016.
          identity.relationship  | Ella se casó con mi hermano menor hace nueve años.
          identity.identifiers   | Llegó a la iglesia recién llegada de Guatemala.
          flightRisk.plan        | The day they let him out, he comes straight home to our house.
          flightRisk.plan        | Cuando salga, se viene directo a nuestra casa.
          flightRisk.ties        | The whole crew is quieter without him.
          flightRisk.ties        | Aquí tiene a sus dos hermanas y a su abuela.
          danger.praise          | They keep him locked up as if he were a criminal.
          danger.praise          | La tienen encerrada como si hubiera hecho algo malo.
          danger.statement       | The three cousins are not threats to anyone in this town.
          danger.statement       | Su registro está completamente limpio.
          flightRisk.record      | For two years Iván abided by every condition of his order of supervision.
          flightRisk.record      | Ha cumplido con todas las condiciones de su libertad bajo fianza.
          flightRisk.ties        | Those families work hard in the valley they now call home.
          flightRisk.ties        | A home is waiting for him in Tucson.
          flightRisk.ties        | Tiene un hogar en Yakima que la espera.
          merits.relief          | After fifteen years here, Bashir deserves to stay in the United States.
          merits.relief          | Nobody who works this hard deserves to be deported.
          merits.relief          | Mi cuñada no merece ser deportada.
          merits.relief          | Pedimos una oportunidad para que pueda vivir legalmente aquí.
          merits.decision        | We ask you to postpone his removal until the new law passes.
          merits.decision        | Pedimos que se aplace la deportación de Efraín.
          merits.law             | Their rights were trampled at every step.
          merits.law             | Allá sus derechos fueron pisoteados por la policía.
          merits.law             | Nos dijeron que aquí no tenemos ningunos derechos.
          identity.description   | The guards took him back to the camp where he would be deported to Peru.
          identity.description   | Quieren deportarla de vuelta a Colombia.
          flightRisk.statement   | Put an ankle monitor on him and let him come home.
          flightRisk.statement   | Que le pongan un grillete electrónico, pero que la dejen salir.
          flightRisk.ties        | Without any evidence that Dmitri is a flight risk, he has been held for months.
          danger.praise          | Absent any proof that she is a danger to anyone, her detention makes no sense.
          danger.statement       | Her record has been completely clean since she came.
          merits.law             | There is no significant likelihood of his removal to a country that will take him.
          merits.relief          | Everyone in our office believed that Lidia was here legally.
          merits.relief          | Ella siempre pensó que estaba aquí de forma legal.
          flightRisk.ties        | Lamine comes from a large, noisy and loving family.
          flightRisk.ties        | Somchai is from a close family of farmers.
          flightRisk.ties        | No pueden separar a este padre de sus dos hijas.
          flightRisk.statement   | Keeping her locked up is not necessary to ensure her appearance in court.
          flightRisk.statement   | Su detención no es necesaria para asegurar su comparecencia.
          flightRisk.record      | He was walking out of the courtroom when the officers stopped him.
          flightRisk.record      | Al salir de la audiencia la estaban esperando los agentes.
          flightRisk.record      | The Osei family attended court on every date they were given.
          identity.relationship  | I am the lawyer for Dilnoza Karimova.
          identity.relationship  | I want my parents to come home.
          flightRisk.ties        | Soon she can be with me and the children again.
          merits.fear            | They crossed the river in search of safety.
          merits.fear            | Llegaron a la frontera buscando protección.
          merits.chances         | Her claim is clear-cut.
          merits.decision        | Two federal judges have ordered the release of families held there.
          danger.change          | The old charge was later pardoned by the governor.
          danger.change          | Fue indultado por el gobernador en 2021.
          danger.praise          | She has been held for months without being charged with any crime.
          danger.praise          | So far he has been charged with no offense at all.
          danger.praise          | His two old convictions were for non-violent offenses.
          danger.statement       | He has never been charged with anything in his life.
          danger.praise          | Lleva cuatro meses detenido sin cargos.
          danger.praise          | No ha sido acusada de ningún delito en este país.
          danger.statement       | Nunca ha sido acusado de nada.
          danger.statement       | Not once has Teodoro been charged with a crime.
          danger.statement       | Jamás ha sido acusada de ningún delito.
          danger.change          | He made a foolish mistake when he was nineteen and has worked every day since.
          danger.change          | She did a stupid thing in 2009 and paid for it.
          danger.change          | Cometió un error cuando tenía diecinueve años.
          merits.decision        | The appeals court ordered the government to bring him back from Honduras.
          merits.decision        | Her student visa was revoked without notice, and we ask that it be restored.
          merits.decision        | Le revocaron la visa sin explicación.
          merits.relief          | He has applied for a hardship waiver so he can stay with his children.
          merits.relief          | Pedimos que le den un perdón migratorio para que pueda regresar.
          merits.law             | He falls well outside the agency's enforcement priorities.
          merits.law             | No está dentro de las prioridades de deportación.
          merits.fear            | Los pandilleros lo torturaron frente a su familia.
          merits.law             | Kwame deserves a fair hearing, not months in a cell.
          merits.law             | There is no lawful basis for her prolonged detention.
          merits.law             | Tiene derecho a un debido proceso como cualquier persona.
          merits.fear            | Sent back, she would lose the chemotherapy she needs.
          merits.fear            | Si la deportan podría morir sin su tratamiento.
          merits.fear            | Sending my nephew back to Haiti would be suicide.
          merits.fear            | They fled Tegucigalpa, Honduras for their lives.
          merits.decision        | Many of those arrested were DACA recipients.
          merits.decision        | We ask that you review her case before you deport her.
          merits.decision        | A muchas personas les niegan el asilo sin escucharlas.
          merits.decision        | Pedimos que revisen de nuevo su caso.
          danger.praise          | Es muy querido en su parroquia.
          flightRisk.ties        | We will stand by Tomasz through every hearing.
          """)
  void firesOnTheIdea(String detector, String sentence) {
    assertThat(fired(sentence)).as(sentence).contains(detector);
    assertThat(fired(shouted(sentence))).as(shouted(sentence)).contains(detector);
  }

  @ParameterizedTest(name = "{0} does not fire on: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          identity.identifiers   | I was born in Mexico and I am a US citizen.
          identity.identifiers   | I enclose a copy of my passport.
          identity.identifiers   | Yo nací en Guatemala.
          identity.relationship  | As a teacher, I see what children go through.
          identity.acquaintance  | I have known his wife for ten years.
          identity.acquaintance  | She has lived in Houston for ten years.
          identity.acquaintance  | Conozco a su esposa desde hace años.
          identity.acquaintance  | Our neighbor across the street lives next door to the church.
          identity.acquaintance  | I visit people at the county jail every week.
          identity.acquaintance  | Somos vecinas, ella vive enfrente.
          flightRisk.ties        | Please let her go home to her country.
          flightRisk.statement   | Let him run the kitchen again.
          flightRisk.plan        | We can help him with winter clothing.
          danger.praise          | Nuestros voluntarios visitan a personas detenidas.
          danger.praise          | Our volunteers in Tucson write to people in detention.
          merits.law             | I do not know much about immigration law, but I know Chen.
          merits.fear            | Without him at home, my mother could lose her medication schedule.
          merits.law             | The reason for my call is his hearing next week.
          merits.decision        | I review her homework every night.
          merits.fear            | He ran to the store for his mother.
          merits.law             | No sé mucho de leyes de asilo, pero conozco a Rosa.
          flightRisk.statement   | ICE keeps him detained as a flight risk.
          flightRisk.statement   | He has nothing to hide.
          flightRisk.plan        | I don't know where she will live.
          flightRisk.plan        | We need him to stay with us.
          flightRisk.plan        | She will not live with me.
          flightRisk.record      | He never missed a day of work.
          flightRisk.ties        | I have a family of my own.
          danger.statement       | I have never been arrested.
          danger.statement       | He was arrested in 2019.
          danger.statement       | There is no reason to keep him in jail.
          danger.statement       | Nunca he tenido problemas con la ley.
          danger.statement       | Fue arrestado el año pasado.
          danger.praise          | It is the kind of harm that breaks families.
          merits.fear            | He left the gang in 2015.
          merits.fear            | We are afraid of his deportation.
          merits.chances         | She has a good case manager at the shelter.
          merits.decision        | I appeal to your compassion.
          merits.decision        | The suffering would grow if he was deported.
          merits.relief          | I have TPS and a work permit.
          merits.relief          | Their application for a work permit is pending.
          identity.facility      | Conditions in detention facilities are poor.
          danger.praise          | You are responsible for the health of everyone you hold.
          danger.praise          | Usted es responsable de la salud de las personas detenidas.
          danger.statement       | Immigrants who do not pose a threat to public safety are favored under that policy.
          danger.praise          | The 10-year-old patient was taken from the hospital.
          danger.observed        | He settled down there and raised a family.
          flightRisk.plan        | He works nights to financially support his two sons.
          merits.relief          | I was granted Temporary Protected Status in 2018.
          identity.identifiers   | He cares deeply about the cause of the Guatemalan people.
          identity.identifiers   | Syrian refugees held in Dilley ask to be heard.
          identity.identifiers   | They are fleeing violence in El Salvador.
          identity.relationship  | I write to ask for the release of the families held in Dilley.
          flightRisk.plan        | My church offered him sanctuary for a year.
          danger.statement       | He has been held for months without charges.
          danger.statement       | She organized nonviolent tenant and voting rights campaigns for years.
          identity.facility      | He was held in a cell in detention for two weeks.
          flightRisk.ties        | She grew up in a small village in Guatemala.
          merits.decision        | We ask that he be granted bond so he can go home.
          merits.decision        | The judge set a date for his bond hearing.
          flightRisk.record      | His neighbors are attending Rafael's hearing on Monday.
          danger.observed        | The storm brought the temperature down by ten degrees.
          flightRisk.plan        | I will come home to my apartment after the meeting.
          danger.statement       | The background check is still pending.
          identity.relationship  | My brother married a woman from Ohio.
          flightRisk.plan        | I come home to my apartment every night at eight.
          danger.observed        | Perdió el control del carro en la nieve.
          danger.praise          | Mass detention harms the families of our town.
          merits.relief          | He deserves to stay with his children.
          merits.decision        | We ask you to stop his deportation.
          merits.decision        | Le pedimos que detenga la deportación de Efraín.
          flightRisk.ties        | I came home late from the clinic.
          identity.acquaintance  | In our town we take care of our own.
          flightRisk.statement   | ICE says detention is necessary to ensure his appearance.
          flightRisk.ties        | He comes from a family of doctors in Lagos.
          merits.fear            | The union is seeking protection for the workers at the plant.
          identity.facility      | He is held in a prison in Honduras.
          flightRisk.record      | The lawyer came out of the courtroom with good news for someone else.
          merits.law             | Respetamos el deber de hacer cumplir las leyes de inmigración.
          flightRisk.statement   | Without any evidence that he is a flight risk, they keep him.
          danger.statement       | She has been held for months without being charged with any crime.
          danger.statement       | So far he has been charged with no offense at all.
          danger.statement       | The charges against him were all non-violent.
          danger.statement       | His two old convictions were for non-violent offenses.
          danger.statement       | No ha sido acusada de ningún delito en este país.
          danger.statement       | Sus delitos no violentos quedaron atrás.
          danger.change          | Everyone makes mistakes, and he made one on the form.
          danger.change          | He has never made a mistake in all the years he worked for me.
          danger.change          | Hizo un error en el formulario.
          merits.fear            | We ask that ICE stop torturing asylum seekers with solitary confinement.
          merits.fear            | Exigimos que ICE deje de torturar a los detenidos en huelga de hambre.
          danger.praise          | Querido Santa: te escribo desde el centro de detención.
          danger.statement       | Agents took him into custody without an arrest warrant.
          flightRisk.ties        | We cannot stand by and watch this happen.
          merits.decision        | She restored the old house with her own hands.
          merits.relief          | We are asking for humanitarian parole so that he can be home for his hearing.
          danger.observed        | The two teams had a confrontation last season.
          merits.fear            | La tienen fichada en el gimnasio por llegar tarde.
          flightRisk.ties        | She spent most of her life savings on the trip.
          flightRisk.ties        | Que lo dejen volver a Honduras sería su muerte.
          flightRisk.ties        | His life is in danger if he returns.
          flightRisk.ties        | Su vida está en peligro allá.
          identity.acquaintance  | Her whole life is here in Ohio.
          identity.description   | My name is Rosa Vidal and I live on Elm Street.
          danger.statement       | I never had trouble with the police, not even a ticket.
          merits.law             | Under the bridge the volunteers handed out blankets.
          danger.statement       | He did not know what would follow from not fighting the charges.
          danger.statement       | Most of us do not pose a threat to anyone.
          danger.statement       | La mayoría de nosotras no somos un peligro para nadie.
          danger.statement       | I honestly believe the officer did not weigh the death threats she received.
          danger.statement       | I am not in a position to tell you that he has never been in trouble.
          danger.statement       | I cannot vouch that she has no record anywhere.
          danger.statement       | Le cambié el turno sin problema.
          flightRisk.plan        | Our volunteers, who help with practical needs, can meet her.
          flightRisk.plan        | He helped with our food pantry every Saturday.
          identity.identifiers   | Nací en Cobán, Guatemala, y llegué a esta parroquia en 2010.
          identity.relationship  | Soy la Hermana Lucía del Rosario, religiosa de esta comunidad.
          identity.relationship  | Si lo devuelven, terminará preso como su hermano.
          """)
  void leavesOtherIdeasAlone(String detector, String sentence) {
    assertThat(fired(sentence)).as(sentence).doesNotContain(detector);
  }

  @ParameterizedTest(name = "in the person's own letter: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          danger.statement     | I am detained at Otay Mesa. I have never been arrested in my life.
          flightRisk.statement | Since my detention I have thought about my family. I am not a flight risk.
          danger.statement     | Estamos detenidas con nuestros hijos. No somos delincuentes.
          flightRisk.ties      | I am detained in Eloy. At the border we looked for the agents and turned ourselves in.
          danger.statement     | No soy un delincuente. Espero salir pronto y abrazar a mis hijos.
          danger.statement     | We ask you to let us go to our families. We have never been arrested.
          flightRisk.statement | Estoy detenido en Eloy. Prometo que voy a ir a todas mis audiencias.
          flightRisk.statement | Les pido que me dejen salir. Iré a todas las citas con ICE.
          flightRisk.plan      | Si me dejan salir, me voy a vivir con mi prima Yadira en Houston.
          danger.statement     | Ya llevamos tres meses aquí encerradas. No somos criminales.
          danger.statement     | I am now in the Saltillo Detention Center. I was never arrested for anything.
          flightRisk.statement | If you give me the parole, I will go to every hearing of my case.
          identity.description | Estoy detenido en Eloy. Me llamo Óscar y tengo 30 años.
          flightRisk.ties      | Ya llevo un año aquí encerrado. Tengo familia en Dallas.
          danger.statement     | I am detained at Eloy. I never had trouble with the police, not even a ticket.
          identity.identifiers | I am writing to you myself. I was born on March 3, 1994 in Riobamba, Ecuador.
          identity.identifiers | Estoy detenido en Eloy desde marzo. Nací en Olancho, Honduras.
          danger.statement     | My friend helps me with English, but I am writing this letter myself. I am not a violent person.
          """)
  void thePersonsOwnLetterSpeaksForThePerson(String detector, String text) {
    assertThat(fired(text)).as(text).contains(detector);
  }
}
