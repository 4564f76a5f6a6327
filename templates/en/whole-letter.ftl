<#--
  A whole letter the writer wrote themselves (English), set with a heading, the addressee, the
  Re: line and a signature block. letter.body is the writer's text, printed exactly as written.

  Variables:
    date, person.fullName, .givenNames, .aNumber, .nameOnIceRecords ("" if none)
    ice.addresseeLines
    writer.name, .headerLines
    letter.body                   the writer's letter (plain text or Markdown)
    letter.kind                   "sponsor" or "support"
    translation.isTranslation, .originalLanguage
-->
<#list writer.headerLines as line>${line}<#sep>\</#sep>
</#list>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Re: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (ICE records: ${person.nameOnIceRecords})</#if>

<#if translation.isTranslation>
*English translation of the original letter in ${translation.originalLanguage}, which ${writer.name} signed.*

</#if>
${letter.body}

<#if translation.isTranslation>
*(signed on the original in ${translation.originalLanguage})*
<#else>
___
</#if>

${writer.name}
