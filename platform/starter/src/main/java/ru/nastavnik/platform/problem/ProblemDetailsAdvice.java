package ru.nastavnik.platform.problem;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a service answers is RFC 9457 problem+json with a stable {@code code}, the {@code traceId}
 * and, for validation, per-field {@code errors}; never a stack trace, and never a 500 for bad input.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;
    private final long maxBodyBytes;

    public ProblemDetailsAdvice(Problems problems, long maxBodyBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> domain(ProblemException e) {
        ProblemDetail problem = problems.of(e.status(), e.code(), e.title(), e.detail());
        return respond(e.errors().isEmpty() ? problem : problems.withErrors(problem, e.errors()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException e) {
        return respond(problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "Данные изменены другим пользователем",
                "Запись уже изменена другим пользователем. Обновите данные и повторите действие."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "недопустимое значение параметра";
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "Некорректный параметр запроса",
                "Параметр «" + e.getName() + "»: " + message + ".");
        return respond(problems.withErrors(problem, List.of(new Problems.FieldError(e.getName(), message))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        // Only the exception's class and stack: messages may quote data, and personal data never reaches logs.
        log.error("Unexpected {} while handling a request", e.getClass().getName(), withoutMessages(e));
        return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Внутренняя ошибка",
                "Произошла внутренняя ошибка. Сообщите в поддержку идентификатор трассировки."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(validation(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Проверьте выделенные поля.");
        return respond(problems.withErrors(problem, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, PayloadTooLargeException.class)) {
            return respond(ProblemMapping.tooLarge(problems, maxBodyBytes));
        }
        return respond(ProblemMapping.unreadableBody(problems, e.getCause()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Неподдерживаемый формат запроса",
                "Формат «" + e.getContentType() + "» не поддерживается; ожидается application/json."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.of(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Неподдерживаемый формат ответа",
                "Сервис отвечает в формате application/json."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Метод не поддерживается",
                "Метод " + e.getMethod() + " для этого адреса не поддерживается."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", "Не найдено", "Такого адреса нет."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Не указан обязательный параметр «" + e.getParameterName() + "».");
        return respond(problems.withErrors(problem,
                List.of(new Problems.FieldError(e.getParameterName(), "обязательный параметр"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ProblemMapping.tooLarge(problems, maxBodyBytes));
    }

    /** Anything else Spring MVC itself rejects keeps its status, with our code and trace id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String code = status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        String title = status.is4xxClientError() ? "Некорректный запрос" : "Внутренняя ошибка";
        return respond(problems.of(status, code, title, title + "."));
    }

    private ProblemDetail validation(BindingResult result) {
        List<Problems.FieldError> errors = result.getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Ошибка в данных запроса",
                "Проверьте поля: " + String.join(", ", errors.stream().map(Problems.FieldError::field).distinct().toList()) + ".");
        return problems.withErrors(problem, errors);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable withoutMessages(Throwable e) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e) {
            copy.initCause(withoutMessages(e.getCause()));
        }
        return copy;
    }
}
