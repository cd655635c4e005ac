package ru.nastavnik.platform.jdbc;

import java.util.Collection;

/**
 * PostgreSQL array literals for {@code ?::text[]} and {@code ?::uuid[]} parameters: one string instead of a driver
 * array object, so the same call works through JdbcClient's plain parameters.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** {@code {"a","b"}}, every element quoted and escaped, so commas, braces and quotes inside values survive. */
    public static String literal(Collection<?> values) {
        StringBuilder literal = new StringBuilder("{");
        boolean first = true;
        for (Object value : values) {
            literal.append(first ? "" : ",").append('"')
                    .append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            first = false;
        }
        return literal.append('}').toString();
    }
}
