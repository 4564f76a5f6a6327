<#--
  Organizational letter (English): a visitation or advocacy organization writes to ICE about a
  person its volunteers visit or write to. It must say who the organization is, how it knows the
  person and since when, that it can connect the person to support, and that it is NOT the
  person's legal representative. Never add anything about the merits of the legal case.

  Variables:
    date, person.fullName, .givenNames, .aNumber, .nameOnIceRecords, .facility
    person.subject / .Subject, .object, .possessive, .isVerb, .hasVerb
    ice.addresseeLines
    org.name, .addressLines, .phone, .email, .website, .affiliation, .hasLogo (the logo is drawn above)
    org.description               who the organization is (the organization's own words)
    org.support                   how it can connect the person to support ("" if none)
    org.visits, .letters, .phoneCalls   how it knows the person (true/false)
    org.since                     "since March 2026"
    org.volunteer                 the volunteer's name ("" if none)
    org.destinationCity           "Chula Vista, CA" when the sponsor's address is known, else ""
    org.signerName, .signerTitle
    org.frequency                 "every week" ("" if not given)
    org.observation               one thing the volunteer has seen of the person, in the volunteer's
                                  words ("" if not given: the letter then claims to know nothing more)
    person.enFacility             "at Otay Mesa Detention Center"
-->
# ${org.name}

<#list org.addressLines as line>${line}<#sep> · </#list><#if org.phone?has_content> · ${org.phone}</#if><#if org.email?has_content> · ${org.email}</#if><#if org.website?has_content> · ${org.website}</#if>

${date}

<#list ice.addresseeLines as line>${line}<#sep>\</#sep>
</#list>

**Re: ${person.fullName}, ${person.aNumber}**<#if person.nameOnIceRecords?has_content> (ICE records: ${person.nameOnIceRecords})</#if>

Dear Field Office Director:

We write in support of the request for parole of ${person.fullName} (${person.aNumber}), who is detained ${person.enFacility}.

${org.description}<#if org.affiliation?has_content> We are part of ${org.affiliation}.</#if>

<#assign how><#if org.visits && org.letters>visiting and writing to<#elseif org.visits>visiting<#elseif org.letters>writing to<#else>speaking by phone with</#if></#assign>
<#if org.volunteer?has_content>Our volunteer ${org.volunteer} has<#else>Our volunteers have</#if> been ${how} ${person.givenNames}<#if org.frequency?has_content> ${org.frequency}</#if> ${org.since}.<#if org.observation?has_content> ${org.observation}</#if>

<#if org.support?has_content>
${org.support}<#if org.destinationCity?has_content> ${person.givenNames} will live in ${org.destinationCity}.</#if>
<#else>
We can connect ${person.givenNames} with support services in the community where ${person.subject} will live<#if org.destinationCity?has_content>, in ${org.destinationCity}</#if>.
</#if>

${org.name} is not ${person.givenNames}'s legal representative and does not give legal advice.<#if org.observation?has_content> This letter speaks only to what our volunteers know of ${person.givenNames} as a person.</#if>

Sincerely,

___

${org.signerName}\
<#if org.signerTitle?has_content>${org.signerTitle}\
</#if>
${org.name}
