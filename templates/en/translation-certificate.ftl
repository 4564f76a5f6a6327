<#--
  Certificate of translation (English), in the usual form of 8 CFR 103.2(b)(3): the translator
  names the document, states competence in both languages and that the translation is complete
  and accurate, then signs and dates it.

  Variables:
    date                          the date, written out
    person.fullName, .aNumber
    translator.name, .addressLines (list, may be empty), .phone ("" if none)
    document.kind                 "sponsor letter" or "letter of support"
    document.writer               who wrote the original
    document.title                the English document's title
    document.fromLanguage         "Spanish"
-->
# Certificate of Translation

**Re: ${person.fullName}, ${person.aNumber}**

I, ${translator.name}, certify that I am competent to translate from ${document.fromLanguage} into English, and that the attached English translation of the ${document.kind} written in ${document.fromLanguage} by ${document.writer}, dated ${date}, regarding ${person.fullName} (${person.aNumber}), is complete and accurate to the best of my knowledge and ability.

___

Signature

Printed name: ${translator.name}

<#if translator.addressLines?has_content>
Address: <#list translator.addressLines as line>${line}<#sep>, </#list>

</#if>
<#if translator.phone?has_content>
Phone: ${translator.phone}

</#if>
Date: ${date}
