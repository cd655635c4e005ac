package ru.nastavnik.gateway.problem;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * Target of every route's circuit breaker ({@code forward:/fallback/<route>}): a service that is down,
 * too slow or cut off by an open circuit becomes a 503 problem naming that service. Mapped for every
 * HTTP method, because the forward keeps the method of the original request.
 */
@Hidden
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private static final Map<String, String> SERVICE_NAMES = Map.of(
            "participant-service", "Сервис участников",
            "pairing-service", "Сервис наставнических пар и программ",
            "monitoring-service", "Сервис мониторинга",
            "publication-service", "Сервис публикаций");

    @RequestMapping("/fallback/{route}")
    public ResponseEntity<ProblemDetail> fallback(@PathVariable String route, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            // Reached directly, not through a circuit breaker: not an endpoint of the gateway.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        log.warn("Route {} is unavailable, answering with the fallback: {}", route, cause.toString());
        String service = SERVICE_NAMES.getOrDefault(route, "Сервис") + " (" + route + ")";
        ProblemDetail problem = GatewayProblems.create(exchange, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                "Сервис временно недоступен", detail(service, cause));
        problem.setProperty("service", route);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(String service, Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            return service + " временно недоступен: после серии сбоев шлюз приостановил обращения к нему. "
                    + "Повторите запрос через несколько секунд.";
        }
        if (isTimeout(cause)) {
            return service + " не ответил вовремя. Повторите запрос позже.";
        }
        // By name: resilience4j-bulkhead is only a runtime dependency of the circuit breaker starter.
        if ("io.github.resilience4j.bulkhead.BulkheadFullException".equals(cause.getClass().getName())) {
            return service + " перегружен запросами. Повторите запрос позже.";
        }
        return service + " не отвечает. Повторите запрос позже.";
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // The time limiter raises TimeoutException; the gateway reports the HTTP client's response timeout
            // as a 504 ResponseStatusException (with the TimeoutException as its cause, in Gateway 5.0).
            if (t instanceof TimeoutException
                    || t instanceof ResponseStatusException rse && rse.getStatusCode().value() == 504) {
                return true;
            }
        }
        return false;
    }
}
