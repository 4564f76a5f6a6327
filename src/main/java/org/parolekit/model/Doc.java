package org.parolekit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a case-file field for people: the JSON Schema, error hints and the interview read it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.FIELD})
public @interface Doc {
  /** One plain sentence saying what goes in the field. */
  String value();

  /** A short example value, shown in hints. */
  String example() default "";
}
