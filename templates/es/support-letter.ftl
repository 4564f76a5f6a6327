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
    covers.relationship, .since, .occupation, .status   true cuando las palabras de quien escribe
                                  ya lo dicen: entonces la carta no lo repite
    writer.plainName              el nombre sin título; writer.sworn (declaración bajo pena de perjurio)
    person.enFacility             "en el centro de detención Otay Mesa (Otay Mesa Detention Center)"

-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

Estimado(a) Director(a) de la Oficina de Campo de ICE:

Me llamo ${writer.plainName}. Le escribo para apoyar la solicitud de permiso de permanencia temporal (parole) de ${person.fullName} (${person.aNumber}), quien ${person.estaDetenida} ${person.enFacility}.

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#assign intro = []>
<#if !covers.relationship && writer.relationship?has_content>
<#assign intro += ["Soy ${writer.relationship} de ${person.givenNames}" + (!covers.since)?then(" y ${person.laConozco} ${writer.since}", "") + "."]>
<#elseif !covers.since>
<#assign intro += ["Conozco a ${person.givenNames} ${writer.since}."]>
</#if>
<#if writer.occupation?has_content && !covers.occupation><#assign intro += ["Soy ${writer.occupation}."]></#if>
<#if writer.statusSentence?has_content && !covers.status><#assign intro += [writer.statusSentence]></#if>
<#if intro?has_content>
${intro?join(" ")}

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
<#if statements.any>Por estas razones, le pido<#else>Le pido</#if> respetuosamente que le conceda el parole a ${person.givenNames}.<#if writer.phone?has_content> Puede llamarme al ${writer.phone}<#if writer.email?has_content> o escribirme a ${writer.email}</#if>.</#if>

<#if writer.sworn>
Declaro bajo pena de perjurio, conforme a las leyes de los Estados Unidos de América, que lo anterior es verdadero y correcto. Firmado el ${date}.

</#if>
Atentamente,

___

${writer.name}
