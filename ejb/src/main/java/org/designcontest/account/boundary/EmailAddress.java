package org.designcontest.account.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An email address a person gives us: the rule, once, for every form that asks for one. */
@NotBlank(message = "Enter the email address.")
@Email(message = "This is not an email address.")
@Size(max = 254, message = "The address may be at most 254 characters.")
@Documented
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface EmailAddress {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
