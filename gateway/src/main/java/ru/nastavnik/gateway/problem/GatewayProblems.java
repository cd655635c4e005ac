package ru.nastavnik.gateway.problem;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

import ru.nastavnik.gateway.observability.TraceIdResponseFilter;
import ru.nastavnik.gateway.observability.TraceIds;

/**
 * RFC 9457 problems the gateway answers with itself. Every problem carries a stable {@code code} for
 * programs and the {@code traceId} for support; titles and details are read by people, so they are Russian.
 */
public final class GatewayProblems {

    static final String TYPE_PREFIX = "urn:nastavnik:problem:";

    private GatewayProblems() {
    }

    /**
     * @param code stable machine-readable code, e.g. {@code SERVICE_UNAVAILABLE}; also names the problem type
     */
    public static ProblemDetail create(ServerWebExchange exchange, HttpStatusCode status, String code, String title,
            @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setInstance(instance(exchange));
        problem.setProperty("code", code);
        String traceId = TraceIds.of(exchange);
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return problem;
    }

    private static URI instance(ServerWebExchange exchange) {
        String path = exchange.getAttribute(TraceIdResponseFilter.ORIGINAL_PATH_ATTRIBUTE);
        if (path == null) {
            path = exchange.getRequest().getPath().value();
        }
        // The raw path is already percent-encoded as the client sent it.
        try {
            return URI.create(path);
        }
        catch (IllegalArgumentException ex) {
            return URI.create(exchange.getRequest().getURI().getRawPath());
        }
    }
}
