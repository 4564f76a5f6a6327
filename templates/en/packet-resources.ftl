<#--
  Pro se resources (English). Variables:
    resources       a list; each has .name, .offers, .contact, .lastChecked (written out), .region
-->
# Pro se resources

Organizations that help people who represent themselves. Contact details change: each entry says when it was last checked.

<#list resources as r>
## ${r.name}

${r.offers}

Where: ${r.region}. How to reach it: ${r.contact}. Last checked: ${r.lastChecked}.

</#list>
<#if !resources?has_content>
No resource in the list matches this person's language and region. Ask the detention center for its list of free legal service providers.
</#if>
