<#--
  Una carta completa que escribió la propia persona (español), con encabezado, destinatario,
  línea de referencia y bloque de firma. letter.body es su texto, impreso tal como lo escribió.

  Variables:
    date, person.fullName, .givenNames, .aNumber, .nameOnIceRecords
    ice.addresseeLines
    writer.name, .headerLines
    letter.body                   la carta (texto o Markdown)
    letter.kind                   "sponsor" o "support"
-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Ref.: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (en los registros de ICE: ${person.nameOnIceRecords})</#if>

${letter.body}

___

${writer.name}
