package ru.karta.organisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A Russian taxpayer number (ИНН): 10 digits for organisations, 12 for individuals, with valid check digits. */
@Documented
@Constraint(validatedBy = Inn.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Inn {
    String message() default "{ru.karta.organisation.Inn.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValidInn(value);
        }

        public static boolean isValidInn(String inn) {
            if (!inn.matches("[0-9]{10}|[0-9]{12}")) {
                return false;
            }
            int[] d = inn.chars().map(c -> c - '0').toArray();
            if (d.length == 10) {
                return checkDigit(d, new int[] { 2, 4, 10, 3, 5, 9, 4, 6, 8 }) == d[9];
            }
            return checkDigit(d, new int[] { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 }) == d[10]
                    && checkDigit(d, new int[] { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 }) == d[11];
        }

        private static int checkDigit(int[] digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += digits[i] * weights[i];
            }
            return sum % 11 % 10;
        }
    }
}
