package ru.nastavnik.platform.observability;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import ru.nastavnik.events.CloudEventHeaders;

/**
 * Bridges W3C trace context across the outbox: captured when an event is written, restored when the relay
 * sends it later from another thread, so the consumer's span joins the original request's trace.
 */
public class TraceContexts {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final Tracer tracer; // null when tracing is off

    public TraceContexts(Tracer tracer) {
        this.tracer = tracer;
    }

    public Optional<String> currentTraceparent() {
        if (tracer == null || tracer.currentSpan() == null) {
            return Optional.empty();
        }
        TraceContext context = tracer.currentSpan().context();
        return Optional.of("00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00"));
    }

    /** The current trace id, from the tracer or the logging context; empty when there is none. */
    public Optional<String> currentTraceId() {
        if (tracer != null && tracer.currentSpan() != null) {
            return Optional.of(tracer.currentSpan().context().traceId());
        }
        return Optional.ofNullable(MDC.get("traceId"));
    }

    /**
     * Runs the action in a span whose parent is the given traceparent. Without a tracer the traceparent is
     * copied into the Kafka headers as it is, so the trace still continues at the consumer.
     */
    public void runAsChildOf(String traceparent, String spanName, Headers headers, Runnable action) {
        Matcher parsed = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (parsed == null || !parsed.matches()) {
            action.run();
            return;
        }
        if (tracer == null) {
            headers.add(CloudEventHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            action.run();
            return;
        }
        TraceContext parent = tracer.traceContextBuilder()
                .traceId(parsed.group(1))
                .spanId(parsed.group(2))
                .sampled("01".equals(parsed.group(3)))
                .build();
        Span span = tracer.spanBuilder().setParent(parent).name(spanName).kind(Span.Kind.PRODUCER).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            action.run();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
