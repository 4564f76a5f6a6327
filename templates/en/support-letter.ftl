<#--
  Letter of support (English): a family member, friend, pastor or employer writes to ICE.

  This template writes Markdown: a blank line starts a new paragraph; a line ending in "\"
  continues on the next line (used for addresses); "___" alone on a line is a signature line;
  **bold** and *italic* work. Everything in ${...} is case data and prints exactly as written.
  Never add anything about the merits of the legal case here.

  Variables:
    date                          the letter date, written out ("November 27, 2026")
    person.fullName, .givenNames, .familyNames, .aNumber, .nameOnIceRecords ("" if none), .facility
    person.subject / .Subject, .object, .possessive / .Possessive, .isVerb, .hasVerb, .wasVerb
    ice.addresseeLines            Field Office Director lines (with the deportation officer when named)
    writer.name, .headerLines, .phone, .email, .role ("clergy", "employer", ...)
    writer.relationship, .relationshipIsTerm, .since ("since 2012")
    writer.occupation, .occupationIsTerm   "a pastor" (true), the case file's words (false), or ""
    writer.statusSentence         a sentence about the writer's immigration status, or ""
    statements.relationship, .appearance, .character, .more   the writer's own words ("" if none)
    translation.isTranslation, .originalLanguage
    covers.relationship, .since, .occupation, .status   true when the writer's own words already say
                                  it: the letter then does not say it again
    writer.plainName              the name without a title; writer.sworn (declaration under penalty of perjury)
    person.enFacility             "at Otay Mesa Detention Center"

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

My name is ${writer.plainName}. I am writing in support of the request for parole of ${person.fullName} (${person.aNumber}), who is detained ${person.enFacility}.

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
<#if writer.occupation?has_content && !covers.occupation><#if writer.occupationIsTerm><#assign intro += ["I work as ${writer.occupation}."]><#else><#assign intro += ["My occupation: ${writer.occupation}."]></#if></#if>
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
<#if statements.any>For these reasons, I<#else>I</#if> respectfully ask that you grant ${person.givenNames} parole.<#if writer.phone?has_content> You can reach me at ${writer.phone}<#if writer.email?has_content> or ${writer.email}</#if>.</#if>

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
