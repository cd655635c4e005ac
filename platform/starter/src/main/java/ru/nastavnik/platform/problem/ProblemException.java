package ru.nastavnik.platform.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the domain explains to the user: a stable machine {@code code} and a Russian title and
 * detail for people. Thrown by application services; turned into RFC 9457 problem+json at the edge.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<Problems.FieldError> errors;

    public ProblemException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    private ProblemException(HttpStatus status, String code, String title, String detail, List<Problems.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /**
     * Input the application refuses after checking it against the state (unknown codes, duplicates): a 400
     * with per-field errors, exactly like bean validation's.
     */
    public static ProblemException invalid(List<Problems.FieldError> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Проверьте поля: " + String.join(", ", errors.stream().map(Problems.FieldError::field).distinct().toList()) + ".",
                errors);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, "Не найдено", detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, code, "Конфликт с текущим состоянием", detail);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, "Запрос не может быть выполнен", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Per-field errors; empty unless the problem is about specific fields. */
    public List<Problems.FieldError> errors() {
        return errors;
    }
}
