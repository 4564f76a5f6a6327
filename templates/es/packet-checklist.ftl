<#--
  Lista de verificación por punto (español). Variables:
    criteria        una lista; cada uno con .name, .letters (true en la entrada de las cartas, que solo
                    dice lo que falta), .inPacket (lista de .item y .page), .elsewhere (textos: lo que existe
                    pero no está en este paquete), .missing (textos)
  Las tres listas nunca se repiten: algo está en el paquete, en otro lugar o falta.
-->
# Lista de verificación

Para cada uno de los tres puntos: lo que hay en este paquete (con su página), lo que existe pero está en otro lugar, y lo que todavía falta.

<#list criteria as c>
## ${c.name}

<#if !c.letters>
### En este paquete

<#if c.inPacket?has_content>
<#list c.inPacket as i>
- ${i.item}<#if i.page?has_content>: página ${i.page}</#if>
</#list>
<#else>
Todavía no hay nada en este paquete sobre este punto.
</#if>

</#if>
<#if c.elsewhere?has_content>
### En otro lugar (no está en este paquete)

<#list c.elsewhere as e>
- ${e}
</#list>

</#if>
<#if c.missing?has_content>
### Todavía falta

<#list c.missing as m>
- ${m}
</#list>

</#if>
</#list>
