package ru.nastavnik.deployment;

import java.math.BigDecimal;
import java.util.Map;

/** Kubernetes resource quantities ("250m", "1", "512Mi", "1Gi", "1G") as numbers, for comparisons. */
final class Quantities {

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)));

    private Quantities() {
    }

    static BigDecimal parse(Object quantity) {
        String text = String.valueOf(quantity).trim();
        for (String suffix : new String[] {"Ki", "Mi", "Gi", "Ti", "m", "k", "M", "G"}) {
            if (text.endsWith(suffix)) {
                return new BigDecimal(text.substring(0, text.length() - suffix.length())).multiply(SUFFIXES.get(suffix));
            }
        }
        return new BigDecimal(text);
    }
}
