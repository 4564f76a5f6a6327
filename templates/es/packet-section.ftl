<#--
  Primera página de una sección, con lo que sigue (español). Variables:
    title           el título de la sección
    intro           una frase sobre la sección
    entries         una lista; cada una con .title y .page
-->
# ${title}

${intro}

<#list entries as e>
- ${e.title}: página ${e.page}
</#list>
