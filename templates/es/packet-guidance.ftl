<#--
  Los tres puntos que hay que demostrar (español). Variables:
    person.givenNames
    person.obj      pronombre de objeto para "usted": "la", "lo" o "le" (neutro)
-->
# Los tres puntos que hay que demostrar

## 1. Quién es usted (identidad)

ICE debe estar seguro de su identidad. Lo que suele servir:

- un pasaporte, una cédula de identidad o un acta de nacimiento, o una copia; diga dónde está el original (por ejemplo, en manos de ICE o de su patrocinador);
- si no tiene documentos: declaraciones juradas de personas que ${person.obj} conozcan bien, que digan cómo y desde cuándo ${person.obj} conocen.

## 2. Se presentará a todas sus audiencias (no hay riesgo de fuga)

ICE quiere saber que usted irá a cada audiencia en la corte y a cada cita con ICE. Lo que suele servir:

- una carta de su patrocinador con su dirección (no un apartado postal), su estatus migratorio y la promesa de darle un lugar donde vivir, apoyo y transporte a cada audiencia;
- copias de la identificación de su patrocinador, de su comprobante de estatus migratorio y de su comprobante de domicilio (por ejemplo, un contrato de alquiler o un recibo de luz o de agua);
- cartas de su familia y de su comunidad que muestren sus lazos con el lugar donde vivirá.

## 3. No es un peligro para la comunidad

ICE quiere saber que usted es una persona pacífica. Lo que suele servir:

- cartas de personas que conocen su carácter: familiares, amistades, un pastor, un empleador, vecinos;
- ejemplos concretos de su trabajo, de su fe y de cómo cuida a los demás;
- si es cierto, que usted nunca ha tenido problemas con la ley ni ${person.obj} han arrestado.

No hable del fondo de su caso de asilo ni de sus posibilidades de ganar. Eso corresponde solamente a una solicitud preparada por un abogado o una abogada.
