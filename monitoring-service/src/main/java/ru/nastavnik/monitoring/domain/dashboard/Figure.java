package ru.nastavnik.monitoring.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.indicator.Indicator.Kind;

/**
 * One indicator of one unit in one academic year: the sums behind it, the value shown (a percentage with one decimal
 * for a share, the count for a count) and its status against the target. Null value means no data.
 */
public record Figure(Indicator indicator, long numerator, long denominator, BigDecimal value, Status status) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Figure of(Indicator indicator, Sums sums) {
        if (indicator.kind() == Kind.COUNT) {
            if (sums.organizations() == 0) {
                return new Figure(indicator, 0, 0, null, Status.NO_DATA);
            }
            BigDecimal value = BigDecimal.valueOf(sums.numerator());
            return new Figure(indicator, sums.numerator(), sums.denominator(), value,
                    value.compareTo(indicator.target()) >= 0 ? Status.MET : Status.BELOW);
        }
        if (sums.denominator() <= 0) {
            return new Figure(indicator, sums.numerator(), sums.denominator(), null, Status.NO_DATA);
        }
        BigDecimal value = BigDecimal.valueOf(sums.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(sums.denominator()), 1, RoundingMode.HALF_UP);
        // Compared unrounded, so 89.96 % is below a 90 % target although it is shown as 90.0.
        boolean met = BigDecimal.valueOf(sums.numerator()).multiply(HUNDRED)
                .compareTo(indicator.target().multiply(BigDecimal.valueOf(sums.denominator()))) >= 0;
        return new Figure(indicator, sums.numerator(), sums.denominator(), value, met ? Status.MET : Status.BELOW);
    }
}
