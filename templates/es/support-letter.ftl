<#--
  Carta de apoyo (español): un familiar, una amistad, un pastor o un empleador escribe a ICE.
  Es la versión que firma quien la escribe; la versión en inglés sale de la traducción.

  Esta plantilla escribe Markdown: una línea en blanco empieza un párrafo nuevo; una línea que
  termina en "\" sigue en la línea siguiente (direcciones); "___" sola en una línea es la línea
  de firma. Lo que va en ${...} son datos del caso y se imprime tal como está escrito. Nunca
  agregue nada sobre el fondo del caso legal. Use frases que no dependan del género de quien
  escribe.

  Variables:
    date, person.fullName, .givenNames, .aNumber, .nameOnIceRecords, .facility
    person.estaDetenida, .laConozco / .LaConozco, .sujeto / .Sujeto, .detenida, .neutral
    ice.addresseeLines
    writer.name, .headerLines, .phone, .email, .relationship ("el pastor" o ""), .since ("desde 2012")
    writer.occupation ("pastor" o ""), .statusSentence
    statements.relationship, .appearance, .character, .more
-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

Estimado/a Director/a de la Oficina de Campo:

Me llamo ${writer.name}. Le escribo para apoyar la solicitud de permiso de permanencia temporal (parole) de ${person.fullName} (${person.aNumber}), quien actualmente ${person.estaDetenida} en ${person.facility}.

<#if writer.relationship?has_content>Soy ${writer.relationship} de ${person.givenNames} y ${person.laConozco} ${writer.since}.<#else>${person.LaConozco} ${writer.since}.</#if><#if writer.occupation?has_content> Trabajo como ${writer.occupation}.</#if><#if writer.statusSentence?has_content> ${writer.statusSentence}</#if>

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#if statements.appearance?has_content>
${statements.appearance}

</#if>
<#if statements.character?has_content>
${statements.character}

</#if>
<#if statements.more?has_content>
${statements.more}

</#if>
Le pido respetuosamente que le conceda a ${person.givenNames} el permiso de permanencia temporal (parole).<#if writer.phone?has_content> Puede llamarme al ${writer.phone}<#if writer.email?has_content> o escribirme a ${writer.email}</#if>.</#if>

Atentamente,

___

${writer.name}
