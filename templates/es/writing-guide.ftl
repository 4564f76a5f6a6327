<#--
  Guía para escribir la carta (español), para una persona que escribe, con el nombre de la
  persona detenida ya puesto. Una o dos páginas. No es asesoría legal y debe decirlo.
  Use frases que no dependan del género de quien escribe.

  Variables:
    person.fullName, .givenNames, .aNumber, .facility
    person.estaDetenida           "está detenida" / "está detenido" / "se encuentra bajo custodia de ICE"
    ice.office
    writer.name
    isSponsor                     true en la guía de quien patrocina
    writesInSpanish               true cuando quien escribe lo hace en español
    preparedBy.name, .organization, .role ("volunteer", "attorney", "accredited-representative", "self")
-->
# Cómo escribir una carta para ayudar a ${person.fullName}

Gracias por ayudar a ${person.givenNames}, que ${person.estaDetenida} ${person.enFacility}. Su carta puede ayudar a que ICE deje salir a ${person.givenNames} con un permiso de permanencia temporal (parole) mientras sigue su proceso de inmigración. Escriba con sus propias palabras: una carta sincera sobre lo que usted ha visto vale mucho más que un formulario. Diga siempre la verdad; una carta honesta es la que más ayuda. ICE niega muchas solicitudes y la respuesta puede tardar; aun así, su carta cuenta.

## Empiece por decir quién es usted

- Su nombre completo, su dirección, su teléfono y su correo electrónico, si tiene.
- Su ocupación<#if isSponsor> y su estatus migratorio (ciudadanía estadounidense, residencia permanente u otra situación)</#if>.
- El nombre completo y el número A de ${person.givenNames}, para que ICE pueda relacionar su carta con el expediente correcto: **${person.fullName}, ${person.aNumber}**.

## Cuente cómo conoce a ${person.givenNames}

Cómo se conocieron, qué relación tienen, desde cuándo y con qué frecuencia se ven o hablan. Cuente una o dos cosas que usted haya visto personalmente.

## Explique por qué ${person.givenNames} se presentará a todas sus audiencias

Dónde vivirá, quién le dará apoyo, sus lazos familiares y con la comunidad, y cómo usted ayudará a ${person.givenNames} a llegar a cada audiencia en la corte de inmigración y a cada cita con ICE.

## Explique por qué ${person.givenNames} es una persona pacífica

Lo que usted sabe de su carácter: cómo trata a los demás, su trabajo, su fe, cómo ayuda a su familia o a sus vecinos. Dé ejemplos concretos: son los que más ayudan.

<#if isSponsor>
## Si usted es quien patrocina

Diga con claridad lo que va a ofrecer: un lugar donde vivir (la dirección donde vivirá ${person.givenNames}; no sirve un apartado postal), ayuda con sus gastos, transporte a cada audiencia y a cada cita con ICE. Diga también que se asegurará de que ${person.givenNames} cumpla con todas las condiciones que le pongan.

</#if>
## Qué adjuntar

- Una copia de su identificación con foto. Envíe siempre copias, nunca los originales.
<#if isSponsor>
- Una copia del comprobante de su estatus migratorio (por ejemplo, pasaporte, certificado de naturalización o tarjeta de residente permanente (green card)).
- Un comprobante de domicilio, como un contrato de alquiler o un recibo de luz o de agua.
- Comprobante de ingresos: sus talones de pago recientes, si los tiene.
<#else>
- Si escribe en nombre de una iglesia, una empresa o una organización, use su papel membretado si lo tiene.
</#if>

## Cómo firmar y poner la fecha

Escriba la fecha, firme a mano encima de su nombre impreso y guarde una copia. Si escribe la carta a mano, escriba su nombre con letra de molde y firme encima. Usted firma la versión en español, que es la que usted puede leer.<#if writesInSpanish> ICE necesita además una traducción al inglés: la persona que la traduzca firmará un certificado de traducción.</#if>

## Qué no incluir

No escriba sobre el fondo del caso: por qué ${person.givenNames} salió de su país, su solicitud de asilo o si debería ganar su caso. Eso le corresponde a un abogado o una abogada. No escriba nada que no sepa con certeza que es verdad.

## Importante

<#if preparedBy.role == "attorney" || preparedBy.role == "accredited-representative">Esta guía es información general para quien escribe una carta; no es asesoría legal para usted. La preparó ${preparedBy.name}<#if preparedBy.organization?has_content> (${preparedBy.organization})</#if>.<#else>Esta guía no es asesoría legal. La preparó ${preparedBy.name}<#if preparedBy.organization?has_content> (${preparedBy.organization})</#if>, que no es abogado ni abogada.</#if> ¿Tiene preguntas? Hable con ${preparedBy.name}.
