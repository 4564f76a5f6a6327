<#--
  Portada del paquete (español). Variables:
    person.fullName, .aNumber, .iceName (puede estar vacío)
    date            la fecha de preparación, escrita en palabras
    languages       por ejemplo "español e inglés"
    preparedBy.name, .role (en palabras), .organization (puede estar vacía)
    draft           true cuando el paquete está incompleto
-->
# Paquete de recursos para quien se representa por cuenta propia (pro se)

## ${person.fullName}

**Número A:** ${person.aNumber}<#if person.iceName?has_content> (en los registros de ICE: ${person.iceName})</#if>

**Fecha de preparación:** ${date}

**Idiomas:** ${languages}

**Preparado por:** ${preparedBy.name}, ${preparedBy.role}<#if preparedBy.organization?has_content>, ${preparedBy.organization}</#if>

---

Este paquete reúne información y cartas de apoyo para usted, que pide por su cuenta (pro se) al Servicio de Inmigración y Control de Aduanas (ICE) un permiso de permanencia temporal (parole). Es un paquete de recursos, no una solicitud de parole: la solicitud la presenta usted.

<#if draft>
**Este paquete es un borrador y está incompleto.** La lista de verificación que está adentro indica lo que todavía falta.
</#if>
