package ru.nastavnik.gateway.problem;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import ru.nastavnik.gateway.observability.TraceIds;

/**
 * Renders every error the gateway itself raises (no route, wrong method, request too large, a failure of
 * its own) as problem+json with {@code code} and {@code traceId} - never a stack trace or an exception
 * message. Replaces Spring Boot's default error handler, which would answer with its own JSON shape.
 */
@Component
@Order(-2) // before Spring Cloud Gateway's and Spring WebFlux's own exception handlers
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ServerResponse.Context responseContext;

    public GatewayErrorHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.responseContext = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex); // too late for a problem body; let the server close the connection
        }
        HttpStatusCode status = statusOf(ex);
        ProblemDetail problem = describe(exchange, status, ex);
        // A rejection is deliberate and logged where it is decided; only the unexpected deserves an error log.
        if (status.is5xxServerError() && !(ex instanceof GatewayRejectionException)) {
            log.error("Gateway error {} on {} {} (traceId={})", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), problem.getProperties() == null ? null
                            : problem.getProperties().get("traceId"), ex);
            ServerRequestObservationContext.findCurrent(exchange.getAttributes()).ifPresent(c -> c.setError(ex));
        }
        else {
            log.debug("Gateway answered {} on {} {}: {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), ex.toString());
        }
        HttpHeaders extraHeaders = ex instanceof ErrorResponse errorResponse ? errorResponse.getHeaders()
                : HttpHeaders.EMPTY;
        return ServerResponse.status(status)
                .headers(headers -> headers.addAll(extraHeaders))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, this.responseContext));
    }

    private static HttpStatusCode statusOf(Throwable ex) {
        if (ex instanceof ErrorResponse errorResponse) {
            return errorResponse.getStatusCode();
        }
        if (ex instanceof DataBufferLimitException) {
            return HttpStatusCode.valueOf(413);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static ProblemDetail describe(ServerWebExchange exchange, HttpStatusCode status, Throwable ex) {
        String ownDetail = ex instanceof GatewayRejectionException rejection ? rejection.getReason() : null;
        if (ex instanceof GatewayRejectionException rejection && rejection.code() != null && rejection.title() != null) {
            return GatewayProblems.create(exchange, status, rejection.code(), rejection.title(), ownDetail);
        }
        return switch (status.value()) {
            case 400 -> GatewayProblems.create(exchange, status, "BAD_REQUEST", "Некорректный запрос",
                    orElse(ownDetail, "Шлюз не смог разобрать запрос."));
            case 401 -> GatewayProblems.create(exchange, status, "UNAUTHENTICATED", "Требуется вход",
                    orElse(ownDetail, "Войдите в систему, чтобы продолжить."));
            case 403 -> GatewayProblems.create(exchange, status, "FORBIDDEN", "Доступ запрещён",
                    orElse(ownDetail, "Недостаточно прав для этого действия."));
            case 404 -> GatewayProblems.create(exchange, status, "NOT_FOUND", "Ресурс не найден",
                    orElse(ownDetail, "По этому адресу нет ни одного сервиса платформы."));
            case 405 -> GatewayProblems.create(exchange, status, "METHOD_NOT_ALLOWED", "Метод не поддерживается",
                    orElse(ownDetail, "Метод " + exchange.getRequest().getMethod().name()
                            + " не поддерживается для этого адреса."));
            case 406 -> GatewayProblems.create(exchange, status, "NOT_ACCEPTABLE", "Формат ответа не поддерживается",
                    orElse(ownDetail, "Ответ не может быть представлен в запрошенном формате."));
            case 413 -> GatewayProblems.create(exchange, status, "PAYLOAD_TOO_LARGE", "Слишком большой запрос",
                    orElse(ownDetail, "Тело запроса превышает допустимый размер."));
            case 415 -> GatewayProblems.create(exchange, status, "UNSUPPORTED_MEDIA_TYPE",
                    "Формат запроса не поддерживается",
                    orElse(ownDetail, "Тело запроса передано в неподдерживаемом формате."));
            case 429 -> GatewayProblems.create(exchange, status, "TOO_MANY_REQUESTS", "Слишком много запросов",
                    orElse(ownDetail, "Превышено допустимое число запросов. Повторите запрос позже."));
            case 502 -> GatewayProblems.create(exchange, status, "BAD_GATEWAY", "Ошибка обращения к сервису",
                    orElse(ownDetail, "Сервис платформы вернул некорректный ответ."));
            case 503 -> GatewayProblems.create(exchange, status, "SERVICE_UNAVAILABLE", "Сервис временно недоступен",
                    orElse(ownDetail, "Сервис платформы временно недоступен. Повторите запрос позже."));
            case 504 -> GatewayProblems.create(exchange, status, "GATEWAY_TIMEOUT", "Сервис не ответил вовремя",
                    orElse(ownDetail, "Сервис платформы не ответил вовремя. Повторите запрос позже."));
            default -> status.is4xxClientError()
                    ? GatewayProblems.create(exchange, status, "REQUEST_REJECTED", "Запрос отклонён",
                            orElse(ownDetail, "Шлюз отклонил запрос."))
                    : GatewayProblems.create(exchange, status, "INTERNAL_ERROR", "Внутренняя ошибка шлюза",
                            "Запрос не выполнен из-за внутренней ошибки. При обращении в поддержку укажите "
                                    + "идентификатор трассировки (traceId).");
        };
    }

    private static String orElse(String detail, String fallback) {
        return detail != null && !detail.isBlank() ? detail : fallback;
    }
}
