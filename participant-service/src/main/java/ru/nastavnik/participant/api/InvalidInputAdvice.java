package ru.nastavnik.participant.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ru.nastavnik.participant.application.InvalidInput;
import ru.nastavnik.platform.problem.Problems;

/** Input refused by the application after checking it against the state: 400 with per-field errors. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidInputAdvice {

    private final Problems problems;

    InvalidInputAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Проверьте поля: " + String.join(", ",
                        e.violations().stream().map(InvalidInput.Violation::field).distinct().toList()) + ".");
        problems.withErrors(problem, e.violations().stream()
                .map(v -> new Problems.FieldError(v.field(), v.message())).toList());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
