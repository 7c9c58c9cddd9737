package org.designcontest.account.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.designcontest.account.control.Passwords;

/** A password someone chooses: the rule, once, for sign-up, reset and joining a company. */
@NotNull(message = "Choose a password.")
@Size(
    min = Passwords.MIN_LENGTH,
    max = 200,
    message = "The password needs at least " + Passwords.MIN_LENGTH + " characters.")
@Documented
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface NewPasswordRule {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
