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
    writer.statusSentence         "Soy residente permanente legal de los Estados Unidos." o ""
    statements.relationship, .appearance, .character, .more   las palabras de quien escribe
    sponsor.housing, .financialSupport, .transport, .ensureAppearance, .anyCommitment  (true/false)
    sponsor.destinationLines      dirección donde vivirá la persona; sponsor.livesWithSponsor
-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

Estimado/a Director/a de la Oficina de Campo:

Me llamo ${writer.name}. Le escribo para apoyar la solicitud de permiso de permanencia temporal (parole) de ${person.fullName} (${person.aNumber}), quien actualmente ${person.estaDetenida} en ${person.facility}. Me ofrezco a patrocinar a ${person.givenNames}.

<#if writer.relationship?has_content>Soy ${writer.relationship} de ${person.givenNames} y ${person.laConozco} ${writer.since}.<#else>${person.LaConozco} ${writer.since}.</#if><#if writer.occupation?has_content> Trabajo como ${writer.occupation}.</#if><#if writer.statusSentence?has_content> ${writer.statusSentence}</#if> Puedo presentar pruebas de mi identidad, de mi estatus migratorio y de mi domicilio.

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#if sponsor.anyCommitment>
Si a ${person.givenNames} se le concede el permiso de permanencia temporal (parole), me comprometo a:

<#if sponsor.housing>
- darle alojamiento<#if sponsor.livesWithSponsor> en mi casa</#if>;
</#if>
<#if sponsor.financialSupport>
- darle apoyo económico, incluidos alimentos, ropa y otras necesidades básicas;
</#if>
<#if sponsor.transport>
- llevar a ${person.givenNames} a cada audiencia ante la corte de inmigración y a cada cita con ICE;
</#if>
<#if sponsor.ensureAppearance>
- asegurarme de que ${person.givenNames} asista a cada audiencia y a cada cita de control con ICE, y de que cumpla con todas las condiciones de su liberación.
</#if>

</#if>
${person.givenNames} vivirá<#if sponsor.livesWithSponsor> conmigo</#if> en:

<#list sponsor.destinationLines as line>${line}<#sep>\</#sep>
</#list>

<#if statements.appearance?has_content>
${statements.appearance}

</#if>
<#if statements.character?has_content>
${statements.character}

</#if>
<#if statements.more?has_content>
${statements.more}

</#if>
Por estas razones, le pido respetuosamente que le conceda a ${person.givenNames} el permiso de permanencia temporal (parole).<#if writer.phone?has_content> Puede llamarme al ${writer.phone}<#if writer.email?has_content> o escribirme a ${writer.email}</#if>.</#if>

Atentamente,

___

${writer.name}
