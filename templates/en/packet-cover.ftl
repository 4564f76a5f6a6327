<#--
  Packet cover (English). Variables:
    person.fullName, .aNumber, .iceName (may be empty)
    date            the date prepared, written out
    languages       for example "Spanish and English"
    preparedBy.name, .role (written out), .organization (may be empty)
    draft           true when the packet is incomplete
-->
# Pro se resource packet

## ${person.fullName}

**A-number:** ${person.aNumber}<#if person.iceName?has_content> (on ICE records: ${person.iceName})</#if>

**Prepared:** ${date}

**Languages:** ${languages}

**Prepared by:** ${preparedBy.name}, ${preparedBy.role}<#if preparedBy.organization?has_content>, ${preparedBy.organization}</#if>

---

This packet gathers information and letters of support for you, as you ask U.S. Immigration and Customs Enforcement (ICE) for parole on your own (pro se). It is a resource packet, not a parole request: you make the request yourself.

<#if draft>
**This packet is a draft and is incomplete.** The checklist inside shows what is still missing.
</#if>
