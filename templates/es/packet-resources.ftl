<#--
  Recursos pro se (español). Variables:
    resources       una lista; cada uno con .name, .offers, .contact (sitio web), .lastChecked (en palabras),
                    .region, .phone y .callNote ("" si no hay), .mail (líneas de la dirección postal; vacía si no hay)
-->
# Recursos para quien se representa por cuenta propia (pro se)

Organizaciones que ayudan a las personas que se representan por cuenta propia. Puede llamar o escribir a las que dan un teléfono o una dirección postal. El centro de detención también debe tener a la vista la lista de proveedores de servicios legales gratuitos: pídala. Los datos de contacto cambian: cada entrada dice cuándo se revisó por última vez.

<#list resources as r>
## ${r.name}

${r.offers}

<#if r.phone?has_content>
**Por teléfono:** ${r.phone}<#if r.callNote?has_content>. ${r.callNote}</#if>

</#if>
<#if r.mail?has_content>
**Por correo:**\
<#list r.mail as line>${line}<#sep>\</#sep>
</#list>

</#if>
**En internet:** ${r.contact}. Dónde: ${r.region}. Revisado por última vez: ${r.lastChecked}.

</#list>
<#if !resources?has_content>
Ningún recurso de la lista coincide con su idioma y su región. Pida al centro de detención su lista de proveedores de servicios legales gratuitos.
</#if>
