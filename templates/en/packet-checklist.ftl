<#--
  Checklist per criterion (English). Variables:
    criteria        a list; each has .name, .letters (true for the letters' entry, which only says what is
                    missing), .inPacket (list of .item and .page), .elsewhere (text: what exists but is not in
                    this packet), .missing (text)
  The three lists never repeat one another: a thing is in the packet, elsewhere, or missing.
-->
# Checklist

For each of the three points: what this packet holds (with its page), what exists but is elsewhere, and what is still missing.

<#list criteria as c>
## ${c.name}

<#if !c.letters>
### In this packet

<#if c.inPacket?has_content>
<#list c.inPacket as i>
- ${i.item}<#if i.page?has_content>: page ${i.page}</#if>
</#list>
<#else>
Nothing in this packet speaks to this point yet.
</#if>

</#if>
<#if c.elsewhere?has_content>
### Elsewhere (not in this packet)

<#list c.elsewhere as e>
- ${e}
</#list>

</#if>
<#if c.missing?has_content>
### Still missing

<#list c.missing as m>
- ${m}
</#list>

</#if>
</#list>
