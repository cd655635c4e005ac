package ru.nastavnik.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import ru.nastavnik.platform.observability.TraceContexts;

/** Builds every problem the platform answers with, so all of them carry {@code code} and {@code traceId}. */
public class Problems {

    private final TraceContexts traces;

    public Problems(TraceContexts traces) {
        this.traces = traces;
    }

    public ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:nastavnik:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("traceId", traces.currentTraceId().orElse(null));
        return problem;
    }

    public ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * The RFC 9457 members with extensions at top level, as Spring MVC's converter writes them; for the
     * places that write a response before MVC is involved (servlet filters).
     */
    public static java.util.Map<String, Object> asJson(ProblemDetail problem) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** One invalid field: where it is and what is wrong, in Russian. The rejected value is never echoed. */
    public record FieldError(String field, String message) {
    }
}
