<#--
  Sponsor letter (English): the sponsor writes to ICE, offering housing and support.

  This template writes Markdown: a blank line starts a new paragraph; a line ending in "\"
  continues on the next line (used for addresses); "___" alone on a line is a signature line;
  **bold** and *italic* work. Everything in ${...} is case data and prints exactly as written.
  Never add anything about the merits of the legal case here.

  Variables:
    date                          the letter date, written out ("November 27, 2026")
    person.fullName, .givenNames, .familyNames, .aNumber ("A012-345-678"), .nameOnIceRecords ("" if none)
    person.facility, .nationality
    person.subject / .Subject     she / he / they (capitalized)
    person.object                 her / him / them
    person.possessive / .Possessive  her / his / their
    person.isVerb, .hasVerb, .wasVerb   is/are, has/have, was/were
    ice.addresseeLines            Field Office Director lines (with the deportation officer when named)
    writer.name, .headerLines (name, address, phone, email), .phone, .email
    writer.relationship           "aunt", or the case file's words; "" when unknown
    writer.relationshipIsTerm     true when relationship is one word such as "aunt"
    writer.occupationIsTerm       true when occupation is a word with its article ("a seamstress")
    writer.since                  "since 1994"
    writer.occupation             "a seamstress", the case file's words, or ""
    writer.statusSentence         "I am a lawful permanent resident of the United States.", or ""
    statements.relationship, .appearance, .character, .more   the writer's own words ("" if none)
    sponsor.housing, .financialSupport, .transport, .ensureAppearance, .anyCommitment  (true/false)
    sponsor.destinationLines      where the person will live; sponsor.livesWithSponsor (true/false)
    translation.isTranslation     true in the English translation of a letter written in Spanish
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
Dear Field Office Director:

My name is ${writer.name}. I am writing to support the request for parole of ${person.fullName} (${person.aNumber}), who is detained at ${person.facility}. I am offering to be ${person.possessive} sponsor.

<#if writer.relationshipIsTerm>I am ${person.givenNames}'s ${writer.relationship}, and I have known ${person.object} ${writer.since}.<#elseif writer.relationship?has_content>I have known ${person.givenNames} ${writer.since}. My relationship to ${person.object}: ${writer.relationship}.<#else>I have known ${person.givenNames} ${writer.since}.</#if><#if writer.occupationIsTerm> I work as ${writer.occupation}.<#elseif writer.occupation?has_content> My occupation: ${writer.occupation}.</#if><#if writer.statusSentence?has_content> ${writer.statusSentence}</#if> I can provide proof of my identity, my immigration status and my address.

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#if sponsor.anyCommitment>
If ${person.givenNames} is granted parole, I commit to:

<#if sponsor.housing>
- provide ${person.object} with housing<#if sponsor.livesWithSponsor> in my home</#if>;
</#if>
<#if sponsor.financialSupport>
- support ${person.object} financially, including food, clothing and other basic needs;
</#if>
<#if sponsor.transport>
- take ${person.object} to every immigration court hearing and every ICE appointment;
</#if>
<#if sponsor.ensureAppearance>
- make sure that ${person.givenNames} attends every hearing and ICE check-in and complies with all conditions of release.
</#if>

</#if>
${person.givenNames} will live<#if sponsor.livesWithSponsor> with me</#if> at:

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
For these reasons, I respectfully ask that you grant ${person.givenNames} parole.<#if writer.phone?has_content> You can reach me at ${writer.phone}<#if writer.email?has_content> or ${writer.email}</#if>.</#if>

Sincerely,

<#if translation.isTranslation>
*(signed on the original in ${translation.originalLanguage})*
<#else>
___
</#if>

${writer.name}
