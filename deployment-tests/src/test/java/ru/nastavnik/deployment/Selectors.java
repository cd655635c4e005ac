package ru.nastavnik.deployment;

import static ru.nastavnik.deployment.Yamls.list;
import static ru.nastavnik.deployment.Yamls.map;
import static ru.nastavnik.deployment.Yamls.maps;
import static ru.nastavnik.deployment.Yamls.string;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kubernetes label selectors (matchLabels and matchExpressions), evaluated against a pod's labels. */
final class Selectors {

    private Selectors() {
    }

    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> required : map(selector, "matchLabels").entrySet()) {
            if (!Objects.equals(String.valueOf(required.getValue()), stringOrNull(labels.get(required.getKey())))) {
                return false;
            }
        }
        for (Map<String, Object> expression : maps(selector, "matchExpressions")) {
            String key = string(expression, "key");
            String value = stringOrNull(labels.get(key));
            List<String> values = list(expression, "values").stream().map(String::valueOf).toList();
            boolean ok = switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("Unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A selector with neither matchLabels nor matchExpressions selects everything. */
    static boolean selectsEverything(Map<String, Object> selector) {
        return map(selector, "matchLabels").isEmpty() && maps(selector, "matchExpressions").isEmpty();
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
