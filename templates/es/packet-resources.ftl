<#--
  Recursos pro se (español). Variables:
    resources       una lista; cada uno con .name, .offers, .contact, .lastChecked (en palabras), .region
-->
# Recursos para quien se representa por cuenta propia (pro se)

Organizaciones que ayudan a las personas que se representan por cuenta propia. Los datos de contacto cambian: cada entrada dice cuándo se revisó por última vez.

<#list resources as r>
## ${r.name}

${r.offers}

Dónde: ${r.region}. Cómo comunicarse: ${r.contact}. Revisado por última vez: ${r.lastChecked}.

</#list>
<#if !resources?has_content>
Ningún recurso de la lista coincide con el idioma y la región de esta persona. Pida al centro de detención su lista de proveedores de servicios legales gratuitos.
</#if>
