package ru.nastavnik.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal the domain explains to the user: a stable machine {@code code} and a Russian title and
 * detail for people. Thrown by application services; turned into RFC 9457 problem+json at the edge.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;

    public ProblemException(HttpStatus status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
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
}
