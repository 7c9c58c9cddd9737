package org.designcontest.account.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A designer's portfolio link (optional): http(s) only, so no script can hide in it. */
@Size(max = 300, message = "The link may be at most 300 characters.")
@Pattern(regexp = "https?://\\S+", message = "The portfolio link starts with https:// or http://.")
@Documented
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface DesignerLinks {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
