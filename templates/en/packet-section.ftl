<#--
  A section's first page, listing what follows (English). Variables:
    title           the section's title
    intro           one sentence about the section
    entries         a list; each has .title and .page
-->
# ${title}

${intro}

<#list entries as e>
- ${e.title}: page ${e.page}
</#list>
