package ru.nastavnik.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns unreadable request bodies into specific, Russian explanations of what is wrong and where. */
final class ProblemMapping {

    private ProblemMapping() {
    }

    static ProblemDetail tooLarge(Problems problems, long limit) {
        return problems.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Слишком большой запрос",
                "Тело запроса больше допустимых " + (limit / 1024) + " КБ.");
    }

    static ProblemDetail unreadableBody(Problems problems, Throwable cause) {
        Throwable root = cause;
        while (root != null) {
            if (root instanceof InvalidFormatException invalid) {
                return invalid(problems, field(invalid), describeInvalid(invalid));
            }
            if (root instanceof ValueInstantiationException instantiation) {
                return invalid(problems, field(instantiation), "обязательное поле не заполнено или заполнено неверно");
            }
            if (root instanceof MismatchedInputException mismatched) {
                String field = field(mismatched);
                if (field.isEmpty()) {
                    return malformed(problems, "Тело запроса должно быть JSON-объектом.");
                }
                return invalid(problems, field, "значение неверного типа: ожидается " + typeName(mismatched.getTargetType()));
            }
            if (root instanceof StreamReadException) {
                return malformed(problems, "Тело запроса не является корректным JSON.");
            }
            root = root.getCause() == root ? null : root.getCause();
        }
        return malformed(problems, "Тело запроса отсутствует или не может быть прочитано.");
    }

    private static ProblemDetail malformed(Problems problems, String detail) {
        return problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "Некорректный запрос", detail);
    }

    private static ProblemDetail invalid(Problems problems, String field, String message) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Поле «" + field + "»: " + message + ".");
        return problems.withErrors(problem, List.of(new Problems.FieldError(field, message)));
    }

    private static String describeInvalid(InvalidFormatException invalid) {
        Class<?> target = invalid.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "недопустимое значение; допустимые значения: " + allowed;
        }
        return "недопустимое значение: ожидается " + typeName(target);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "другой тип";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "число";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "логическое значение";
        }
        if (type == java.util.UUID.class) {
            return "идентификатор UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "дата в формате ГГГГ-ММ-ДД";
        }
        if (type == String.class) {
            return "строка";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "список";
        }
        return "объект";
    }

    private static String field(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
