package ru.nastavnik.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of the request an exchange belongs to.
 *
 * <p>Read from the server observation WebFlux starts for every request (not from a thread-local span):
 * the exchange travels across Reactor threads, its attributes go with it.
 */
public final class TraceIds {

    /** Response header carrying the trace id, so a client (and the end-to-end test) can follow one trace. */
    public static final String HEADER = "X-Trace-Id";

    private static final String ATTRIBUTE = TraceIds.class.getName() + ".traceId";

    private TraceIds() {
    }

    public static @Nullable String of(ServerWebExchange exchange) {
        String cached = exchange.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String traceId = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .map(spanContext -> spanContext.traceId())
                .filter(id -> !id.isBlank())
                .orElse(null);
        if (traceId != null) {
            exchange.getAttributes().put(ATTRIBUTE, traceId);
        }
        return traceId;
    }
}
