<#--
  Los tres puntos que hay que demostrar (español). Variables:
    person.givenNames
    person.obj      pronombre de objeto para "usted": "la", "lo" o "le" (neutro)
-->
# Los tres puntos que hay que demostrar

## 1. Quién es usted (identidad)

ICE debe estar seguro de su identidad. Lo que suele servir:

- un pasaporte, una cédula de identidad o un acta de nacimiento, o una copia; diga dónde está el original (en manos de ICE, con su patrocinador);
- si no tiene documentos: declaraciones juradas de personas que ${person.obj} conozcan bien, que digan cómo y desde cuándo ${person.obj} conocen.

## 2. Se presentará a todas sus audiencias (no hay riesgo de fuga)

ICE quiere saber que usted irá a cada audiencia ante la corte y a cada cita con ICE. Lo que suele servir:

- una carta de su patrocinador con su dirección (no un apartado postal), su estatus migratorio y la promesa de darle alojamiento, apoyo y transporte a cada audiencia;
- pruebas de la identidad, el estatus y la dirección del patrocinador (copia de su identificación, un contrato de alquiler o un recibo de servicios);
- cartas de su familia y de su comunidad que muestren sus lazos con el lugar donde vivirá.

## 3. No es un peligro para la comunidad

ICE quiere saber que usted es una persona pacífica. Lo que suele servir:

- cartas de personas que conocen su carácter: familiares, amistades, un pastor, un empleador, vecinos;
- ejemplos concretos de su trabajo, su fe y de cómo cuida a los demás;
- si es cierto, que nunca ${person.obj} han arrestado ni ha tenido problemas con la ley.

No escriba sobre su caso de asilo ni sobre si cree que va a ganar. Eso corresponde solamente a una solicitud preparada por un abogado.
