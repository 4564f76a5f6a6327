<#--
  Pro se resources (English). Variables:
    resources       a list; each has .name, .offers, .contact (website), .lastChecked (written out), .region,
                    .phone and .callNote ("" when none), .mail (the postal address's lines; empty when none)
-->
# Pro se resources

Organizations that help people who represent themselves. You can call or write to those that give a phone number or a postal address. The detention center must also post the list of free legal service providers: ask for it. Contact details change: each entry says when it was last checked.

<#list resources as r>
## ${r.name}

${r.offers}

<#if r.phone?has_content>
**By phone:** ${r.phone}<#if r.callNote?has_content>. ${r.callNote}</#if>

</#if>
<#if r.mail?has_content>
**By mail:**\
<#list r.mail as line>${line}<#sep>\</#sep>
</#list>

</#if>
**Online:** ${r.contact}. Where: ${r.region}. Last checked: ${r.lastChecked}.

</#list>
<#if !resources?has_content>
No resource in the list matches this person's language and region. Ask the detention center for its list of free legal service providers.
</#if>
