package ru.karta.report;

import java.math.BigDecimal;

/** Report values as they are kept and answered: without trailing zeros, never in exponent notation (1200, not 1.2E+3). */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal normal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
