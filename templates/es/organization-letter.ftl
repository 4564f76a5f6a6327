<#--
  Carta de la organización, versión en español para que la persona detenida sepa lo que dice.
  La carta que se presenta a ICE es la versión en inglés (en/organization-letter.ftl). Debe
  decir quién es la organización, cómo conoce a la persona y desde cuándo, que puede ponerla en
  contacto con servicios de apoyo, y que NO es su representante legal. Nunca agregue nada sobre el fondo del
  caso legal. Use frases que no dependan del género de la persona voluntaria.

  Variables:
    date, person.fullName, .givenNames, .aNumber, .nameOnIceRecords, .facility
    person.estaDetenida           "está detenida" / "está detenido" / "se encuentra bajo custodia de ICE"
    ice.addresseeLines
    org.name, .addressLines, .phone, .email, .website, .hasLogo (el logo va arriba)
    org.description               quién es la organización (en sus propias palabras, en español)
    org.support                   cómo puede poner a la persona en contacto con servicios de apoyo ("" si no hay)
    org.visits, .letters, .phoneCalls   cómo conoce a la persona (true/false)
    org.since                     "desde marzo de 2026"
    org.volunteer                 nombre de la persona voluntaria ("" si no hay)
    org.destinationCity           "Chula Vista, CA" o ""
    org.signerName, .signerTitle
    org.frequency                 "cada semana" ("" si no se da)
    org.observation               algo que la persona voluntaria ha visto de la persona, con sus
                                  palabras, en español ("" si no se da)
    org.signerTitle               el cargo en español ("" si el perfil no lo da: se omite)

-->
# ${org.name}

<#list org.addressLines as line>${line}<#sep> · </#list><#if org.phone?has_content> · ${org.phone}</#if><#if org.email?has_content> · ${org.email}</#if><#if org.website?has_content> · ${org.website}</#if>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

*Esta es la traducción al español, para que ${person.givenNames} sepa lo que dice la carta. La carta que se presenta a ICE es la versión en inglés, firmada por ${org.signerName}.*

Estimado(a) Director(a) de la Oficina de Campo de ICE:

Le escribimos para apoyar la solicitud de permiso de permanencia temporal (parole) de ${person.fullName} (${person.aNumber}), quien ${person.estaDetenida} ${person.enFacility}.

${org.description}<#if org.affiliation?has_content> Formamos parte de ${org.affiliation}.</#if>

<#assign how><#if org.visits && org.letters>visita a ${person.givenNames} y le escribe<#elseif org.visits>visita a ${person.givenNames}<#elseif org.letters>le escribe a ${person.givenNames}<#else>habla por teléfono con ${person.givenNames}</#if></#assign>
<#if org.volunteer?has_content>${org.volunteer}, de nuestro equipo de voluntariado,<#else>Nuestro equipo de voluntariado</#if> ${how}<#if org.frequency?has_content> ${org.frequency}</#if> ${org.since}.<#if org.observation?has_content> ${org.observation}</#if>

<#if org.support?has_content>
${org.support}<#if org.destinationCity?has_content> ${person.givenNames} vivirá en ${org.destinationCity}.</#if>
<#else>
Podemos poner a ${person.givenNames} en contacto con servicios de apoyo en la comunidad donde vivirá<#if org.destinationCity?has_content>, en ${org.destinationCity}</#if>.
</#if>

${org.name} no es representante legal de ${person.givenNames} y no ofrece asesoría legal.<#if org.observation?has_content> En esta carta solo hablamos de lo que nuestro equipo de voluntariado sabe de ${person.givenNames} como persona.</#if>

Atentamente,

*(firmada en la versión en inglés)*

${org.signerName}\
<#if org.signerTitle?has_content>${org.signerTitle}\
</#if>
${org.name}
