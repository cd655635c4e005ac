package ru.nastavnik.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML parsing (SafeConstructor: plain maps, lists and scalars only) and null-tolerant navigation. */
final class Yamls {

    private Yamls() {
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200); // docker-compose.yml shares blocks through anchors
        return new Yaml(new SafeConstructor(options));
    }

    static Map<String, Object> document(String text) {
        Object loaded = yaml().load(text);
        if (!(loaded instanceof Map<?, ?>)) {
            fail("Expected a YAML mapping, got " + (loaded == null ? "nothing" : loaded.getClass().getSimpleName()));
        }
        return cast(loaded);
    }

    static List<Map<String, Object>> stream(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object loaded : yaml().loadAll(text)) {
            if (loaded instanceof Map<?, ?>) {
                documents.add(cast(loaded));
            } else if (loaded != null) {
                fail("Expected YAML mappings in the stream, got " + loaded);
            }
        }
        return documents;
    }

    /** The map at the path of keys, or an empty map. */
    static Map<String, Object> map(Object root, String... keys) {
        Object value = at(root, keys);
        return value instanceof Map<?, ?> ? cast(value) : Map.of();
    }

    /** The list at the path of keys, or an empty list. */
    static List<Object> list(Object root, String... keys) {
        Object value = at(root, keys);
        return value instanceof List<?> l ? cast(l) : List.of();
    }

    /** The list of maps at the path of keys. */
    static List<Map<String, Object>> maps(Object root, String... keys) {
        return list(root, keys).stream().filter(Map.class::isInstance).map(Yamls::<Map<String, Object>>cast).toList();
    }

    /** The scalar at the path of keys as a string, or null. */
    static String string(Object root, String... keys) {
        Object value = at(root, keys);
        return value == null || value instanceof Map<?, ?> || value instanceof List<?> ? null : Objects.toString(value);
    }

    static Object at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
