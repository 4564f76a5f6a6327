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
    covers.relationship, .since, .occupation, .employer, .status, .housing, .financialSupport,
      .transport, .ensureAppearance, .destination   true when the writer's own words already say it:
                                  the letter then does not say it again
    writer.plainName              the name without a title ("Peter Ashu Nkwain" for "Rev. Peter...")
    writer.enclosed, .canProve    "my ID, proof of my immigration status and proof of my address"
    writer.sworn                  true: the letter ends with a declaration under penalty of perjury
    sponsor.employer, .income     where the sponsor works, "$4,100 a month" ("" when not given)
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

My name is ${writer.plainName}. I am writing to support the request for parole of ${person.fullName} (${person.aNumber}), who is detained ${person.enFacility}. I am offering to be ${person.possessive} sponsor.

<#if statements.relationship?has_content>
${statements.relationship}

</#if>
<#assign intro = []>
<#if !covers.relationship && writer.relationshipIsTerm>
<#assign intro += ["I am ${person.givenNames}'s ${writer.relationship}" + (!covers.since)?then(", and I have known ${person.object} ${writer.since}", "") + "."]>
<#elseif !covers.since>
<#assign intro += ["I have known ${person.givenNames} ${writer.since}."]>
</#if>
<#if !covers.relationship && !writer.relationshipIsTerm && writer.relationship?has_content>
<#assign intro += ["My relationship to ${person.object}: ${writer.relationship}."]>
</#if>
<#assign work = "">
<#if writer.occupation?has_content && !covers.occupation><#assign work = " as " + writer.occupation></#if>
<#if sponsor.employer?has_content && !covers.employer><#assign work = work + " at " + sponsor.employer></#if>
<#if work?has_content><#assign intro += ["I work${work}" + sponsor.income?has_content?then(", and I earn ${sponsor.income}", "") + "."]><#elseif sponsor.income?has_content><#assign intro += ["I earn ${sponsor.income}."]></#if>
<#if writer.statusSentence?has_content && !covers.status>
<#assign intro += [writer.statusSentence]>
</#if>
<#if writer.enclosed?has_content>
<#assign intro += ["Enclosed are copies of" + writer.enclosedIsList?then(": ", " ") + "${writer.enclosed}."]>
</#if>
<#if writer.canProve?has_content>
<#assign intro += ["I can provide proof of ${writer.canProve}."]>
</#if>
<#if intro?has_content>
${intro?join(" ")}

</#if>
<#assign promises = []>
<#if sponsor.housing && !covers.housing><#assign promises += ["give ${person.object} a place to live" + sponsor.livesWithSponsor?then(" in my home", "")]></#if>
<#if sponsor.financialSupport && !covers.financialSupport><#assign promises += ["help ${person.object} with expenses: food, clothing and whatever else ${person.subject} need" + person.neutral?then("", "s")]></#if>
<#assign ensure = sponsor.ensureAppearance && !covers.ensureAppearance>
<#if sponsor.transport && !covers.transport>
<#assign promises += ["take ${person.object} to every immigration court hearing and every ICE appointment" + ensure?then(", and make sure that ${person.subject} " + person.neutral?then("miss none and comply", "misses none and complies") + " with all conditions of release", "")]>
<#elseif ensure>
<#assign promises += ["make sure that ${person.givenNames} attends every hearing and every ICE appointment and complies with all conditions of release"]>
</#if>
<#if promises?size gt 1>
If ${person.givenNames} is granted parole, I commit to:

<#list promises as p>
- ${p}<#sep>;</#sep><#if !p?has_next>.</#if>
</#list>

<#elseif promises?size == 1>
If ${person.givenNames} is granted parole, I commit to ${promises[0]}.

</#if>
<#if !covers.destination>
<#if sponsor.livesWithSponsor>
<#if !covers.housing>${person.givenNames} will live with me, at the address above.

</#if>
<#else>
${person.givenNames} will live at:

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
<#if statements.any || promises?has_content>For these reasons, I<#else>I</#if> respectfully ask that you grant ${person.givenNames} parole.<#if writer.phone?has_content> You can reach me at ${writer.phone}<#if writer.email?has_content> or ${writer.email}</#if>.</#if>

<#if writer.sworn>
I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on ${date}.

</#if>
Sincerely,

<#if translation.isTranslation>
*(signed on the original in ${translation.originalLanguage})*
<#else>
___
</#if>

${writer.name}
