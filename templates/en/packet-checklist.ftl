<#--
  Checklist per criterion (English). Variables:
    criteria        a list; each has .name, .inPacket (list of .item and .page), .missing (list of text)
-->
# Checklist

What this packet holds for each of the three points, with its page, and what is still missing.

<#list criteria as c>
## ${c.name}

<#if c.inPacket?has_content>
In this packet:

<#list c.inPacket as i>
- ${i.item}<#if i.page?has_content>: page ${i.page}</#if>
</#list>
<#else>
Nothing in this packet speaks to this point yet.
</#if>

<#if c.missing?has_content>
Still missing:

<#list c.missing as m>
- ${m}
</#list>
</#if>

</#list>
