<#--
  Lista de verificación por punto (español). Variables:
    criteria        una lista; cada uno con .name, .inPacket (lista de .item y .page), .missing (lista de textos)
-->
# Lista de verificación

Lo que este paquete contiene para cada uno de los tres puntos, con su página, y lo que todavía falta.

<#list criteria as c>
## ${c.name}

<#if c.inPacket?has_content>
En este paquete:

<#list c.inPacket as i>
- ${i.item}<#if i.page?has_content>: página ${i.page}</#if>
</#list>
<#else>
Todavía no hay nada en este paquete sobre este punto.
</#if>

<#if c.missing?has_content>
Todavía falta:

<#list c.missing as m>
- ${m}
</#list>
</#if>

</#list>
