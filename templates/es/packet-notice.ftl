<#--
  Aviso para la persona (español). Variables:
    person.obj      pronombre de objeto para "usted": "la", "lo" o "le" (neutro)
    byLawyer        true cuando lo preparó un abogado o un representante acreditado
    preparedBy.name, .role
-->
# Lea esto primero

**Esto no es asesoría legal.** <#if byLawyer>Este paquete lo preparó ${preparedBy.name}, ${preparedBy.role}.<#else>Las personas que prepararon este paquete son voluntarias, no son abogadas. No pueden darle asesoría legal ni preparar por usted su solicitud de parole.</#if>

**ICE decide sobre el parole.** La solicitud de parole se presenta a la oficina de ICE a cargo de su custodia. Un oficial de deportación prepara la decisión y el Director o la Directora de la Oficina de Campo (Field Office Director) decide. El juez de inmigración no decide sobre el parole.

**Las negativas son frecuentes y la respuesta puede tardar.** ICE niega muchas solicitudes, y a veces pasan semanas antes de que conteste. Una negativa no decide su caso de inmigración. Si su situación cambia, por ejemplo si tiene un nuevo patrocinador o nuevos documentos, puede preguntar a un proveedor de servicios legales si le conviene volver a pedir el parole.

**Lo que debe demostrar.** Debe demostrar quién es usted (su identidad), que se presentará a todas sus audiencias y citas con ICE (que no hay riesgo de fuga) y que no es un peligro para la comunidad. Las cartas y los documentos de este paquete buscan ayudar con esos tres puntos.

**Dónde encontrar ayuda legal.** El centro de detención debe tener a la vista una lista de proveedores de servicios legales gratuitos; pídala. Los recursos al final de este paquete también ofrecen guías para personas que se representan por cuenta propia.
