<#--
  Carta de patrocinio (español): la persona patrocinadora escribe a ICE y ofrece alojamiento y
  apoyo. Es la versión que firma quien la escribe; la versión en inglés sale de la traducción.

  Esta plantilla escribe Markdown: una línea en blanco empieza un párrafo nuevo; una línea que
  termina en "\" sigue en la línea siguiente (direcciones); "___" sola en una línea es la línea
  de firma; **negrita** y *cursiva* funcionan. Lo que va en ${...} son datos del caso y se
  imprime tal como está escrito. Nunca agregue nada sobre el fondo del caso legal.
  Use frases que no dependan del género de quien escribe (no sabemos si es hombre o mujer).

  Variables:
    date                          la fecha escrita ("27 de noviembre de 2026")
    person.fullName, .givenNames, .familyNames, .aNumber ("A012-345-678"), .nameOnIceRecords ("" si no hay)
    person.facility
    person.estaDetenida           "está detenida" / "está detenido" / "se encuentra bajo custodia de ICE"
    person.laConozco / .LaConozco "la conozco" / "lo conozco" / "nos conocemos" (forma neutra)
    person.sujeto / .Sujeto       "ella" / "él" / el nombre (forma neutra)
    person.detenida               "detenida" / "detenido" / "" (forma neutra: evite el adjetivo)
    person.neutral                true cuando la persona usa pronombres neutros
    ice.addresseeLines            líneas del destinatario (en inglés, como las escribe ICE)
    writer.name, .headerLines (nombre, dirección, teléfono, correo), .phone, .email
    writer.relationship           "la tía", "el pastor"... o "" si no se conoce
    writer.since                  "desde 1994"
    writer.occupation             "costurera" o ""
    writer.statusSentence         "Soy residente permanente de los Estados Unidos." o ""
    statements.relationship, .appearance, .character, .more   las palabras de quien escribe
    sponsor.housing, .financialSupport, .transport, .ensureAppearance, .anyCommitment  (true/false)
    sponsor.destinationLines      dirección donde vivirá la persona; sponsor.livesWithSponsor
    sponsor.employer, .income     dónde trabaja, "4,100 dólares al mes" ("" si no se da)
    covers.relationship, .since, .occupation, .employer, .status, .housing, .financialSupport,
      .transport, .ensureAppearance, .destination   true cuando las palabras de quien escribe ya lo
                                  dicen: entonces la carta no lo repite
    writer.plainName              el nombre sin título ("Tomás Ixcoy" para "Hermano Tomás Ixcoy")
    writer.enclosed               "una copia de mi identificación y un comprobante de domicilio"
    writer.canProve               "mi identidad, mi estatus migratorio..." (lo que no se adjunta)
    writer.sworn                  true: la carta termina con una declaración bajo pena de perjurio
    person.enFacility             "en el centro de detención Otay Mesa (Otay Mesa Detention Center)"
-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

Estimado(a) Director(a) de la Oficina de Campo de ICE:

Me llamo ${writer.plainName}. Le escribo para apoyar la solicitud de permiso de permanencia temporal (parole) de ${person.fullName} (${person.aNumber}), quien ${person.estaDetenida} ${person.enFacility}. Me ofrezco a patrocinar a ${person.givenNames}.

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#assign intro = []>
<#if !covers.relationship && writer.relationship?has_content>
<#assign intro += ["Soy ${writer.relationship} de ${person.givenNames}" + (!covers.since)?then(" y ${person.laConozco} ${writer.since}", "") + "."]>
<#elseif !covers.since>
<#assign intro += ["Conozco a ${person.givenNames} ${writer.since}."]>
</#if>
<#assign work = []>
<#if writer.occupation?has_content && !covers.occupation><#assign work += ["Soy ${writer.occupation}"]></#if>
<#if sponsor.employer?has_content && !covers.employer>
<#assign work += [work?has_content?then("trabajo", "Trabajo") + " en ${sponsor.employer}" + sponsor.income?has_content?then(", donde gano ${sponsor.income}", "")]>
<#elseif sponsor.income?has_content>
<#assign work += [work?has_content?then("gano", "Gano") + " ${sponsor.income}"]>
</#if>
<#assign status = (writer.statusSentence?has_content && !covers.status)?then(writer.statusSentence, "")>
<#if work?size == 1 && work[0]?starts_with("Soy ") && status?starts_with("Soy ")>
<#-- "Soy enfermera y residente permanente de los Estados Unidos." -->
<#assign intro += [work[0] + " y " + status?remove_beginning("Soy ")]>
<#else>
<#if work?has_content><#assign intro += [work?join(" y ") + "."]></#if>
<#if status?has_content><#assign intro += [status]></#if>
</#if>
<#if writer.enclosed?has_content>
<#assign intro += ["Adjunto ${writer.enclosed}."]>
</#if>
<#if writer.canProve?has_content>
<#assign intro += ["Puedo presentar documentos que prueban ${writer.canProve}."]>
</#if>
<#if intro?has_content>
${intro?join(" ")}

</#if>
<#assign promises = []>
<#if sponsor.housing && !covers.housing><#assign promises += ["darle un lugar donde vivir" + sponsor.livesWithSponsor?then(" en mi casa", "")]></#if>
<#if sponsor.financialSupport && !covers.financialSupport><#assign promises += ["ayudarle con sus gastos: comida, ropa y lo que necesite"]></#if>
<#assign ensure = sponsor.ensureAppearance && !covers.ensureAppearance>
<#if sponsor.transport && !covers.transport>
<#assign promises += ["llevar a ${person.givenNames} a todas sus audiencias en la corte de inmigración y a todas sus citas con ICE" + ensure?then(", y asegurarme de que no falte a ninguna y de que cumpla con todas las condiciones que le pongan", "")]>
<#elseif ensure>
<#assign promises += ["asegurarme de que ${person.givenNames} vaya a todas sus audiencias y a todas sus citas con ICE, y de que cumpla con todas las condiciones que le pongan"]>
</#if>
<#if promises?size gt 1>
Si ICE le concede el parole a ${person.givenNames}, me comprometo a:

<#list promises as p>
- ${p}<#sep>;</#sep><#if !p?has_next>.</#if>
</#list>

<#elseif promises?size == 1>
Si ICE le concede el parole a ${person.givenNames}, me comprometo a ${promises[0]}.

</#if>
<#if !covers.destination>
<#if sponsor.livesWithSponsor>
<#if !covers.housing>${person.givenNames} vivirá conmigo, en la dirección que aparece arriba.

</#if>
<#else>
${person.givenNames} vivirá en:

<#list sponsor.destinationLines as line>${line}<#sep>\</#sep>
</#list>

</#if>
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
<#if statements.any || promises?has_content>Por estas razones, le pido<#else>Le pido</#if> respetuosamente que le conceda el parole a ${person.givenNames}.<#if writer.phone?has_content> Puede llamarme al ${writer.phone}<#if writer.email?has_content> o escribirme a ${writer.email}</#if>.</#if>

<#if writer.sworn>
Declaro bajo pena de perjurio, conforme a las leyes de los Estados Unidos de América, que lo anterior es verdadero y correcto. Firmado el ${date}.

</#if>
Atentamente,

___

${writer.name}
