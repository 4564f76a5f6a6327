<#--
  Letter-writing guide (English) for one writer, filled in with the person's name. One or two
  pages. It is not legal advice and must say so.

  Variables:
    person.fullName, .givenNames, .aNumber, .subject / .Subject, .object, .possessive, .isVerb, .hasVerb
    ice.office                    "San Diego Field Office"
    writer.name
    isSponsor                     true for the sponsor's guide
    writesInSpanish               true when the writer writes in Spanish (always false here)
    preparedBy.name, .organization
-->
# How to write a letter to help ${person.fullName}

Thank you for helping ${person.givenNames}, who is detained ${person.enFacility}. Your letter can help ICE decide to release ${person.object} on parole while ${person.possessive} immigration case goes on. Write in your own words: a sincere letter about what you have seen yourself counts for much more than a form. Always tell the truth; an honest letter is the one that helps most. ICE denies many requests and the answer can take time; even so, your letter counts.

## Start with who you are

- Your full name, street address, phone number and email, if you have one.
- Your occupation<#if isSponsor> and your immigration status (U.S. citizen, permanent resident, or other)</#if>.
- ${person.givenNames}'s full name and A-number, so ICE can match your letter to ${person.possessive} file: **${person.fullName}, ${person.aNumber}**.

## Say how you know ${person.givenNames}

How you met, how you are related or connected, since when, and how often you see or talk to each other. Tell one or two things you saw yourself.

## Say why ${person.givenNames} will attend every hearing

Where ${person.subject} will live, who will support ${person.object}, family and community ties, and how you will help ${person.object} get to every immigration court hearing and every ICE appointment.

## Say why ${person.givenNames} is a peaceful person

What you know of ${person.possessive} character: how ${person.givenNames} treats others, work, faith, helping family or neighbors. Concrete examples are best.

<#if isSponsor>
## As the sponsor

Say clearly what you will provide: housing (the street address where ${person.givenNames} will live, not a PO box), financial support, transport to every hearing and ICE appointment, and that you will make sure ${person.givenNames} follows every condition of release.

</#if>
## What to attach

- A copy of your photo ID. Always send copies, never originals.
<#if isSponsor>
- Proof of your immigration status (for example a passport, naturalization certificate or permanent resident card).
- Proof of your address, such as a lease or a utility bill.
- Proof of income: recent pay stubs, if you have them.
<#else>
- If you write as an employer, pastor or organization, use your letterhead if you have one.
</#if>

## How to sign and date

Write the date, sign by hand above your printed name, and keep a copy. If you write the letter by hand, print your name and sign above it. Sign the version in the language you read.

## What to leave out

Do not write about the legal case itself: why ${person.givenNames} left ${person.possessive} country, the asylum claim, or whether ${person.subject} should win. Leave that to an attorney. Do not write anything you are not sure is true.

## Important

<#if preparedBy.role == "attorney" || preparedBy.role == "accredited-representative">This guide is general information for letter writers, not legal advice to you. ${preparedBy.name}<#if preparedBy.organization?has_content> (${preparedBy.organization})</#if> prepared it.<#else>This guide is not legal advice. ${preparedBy.name}<#if preparedBy.organization?has_content> (${preparedBy.organization})</#if>, who prepared it, is not an attorney.</#if> Questions? Ask ${preparedBy.name}.
