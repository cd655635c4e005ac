package ru.nastavnik.gateway.problem;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request the gateway turns away on purpose. Unlike framework exceptions, whose reasons are English and
 * technical, its reason is written for the user (in Russian) and becomes the problem's {@code detail}.
 *
 * <p>A rejection may name its own {@code code} and {@code title} when the status alone does not say what went wrong
 * (401 "not logged in" and 403 "bad CSRF token" need codes a client can act on); otherwise the status decides them.
 */
public class GatewayRejectionException extends ResponseStatusException {

    private final @Nullable String code;

    private final @Nullable String title;

    public GatewayRejectionException(HttpStatusCode status, String userFacingReason) {
        this(status, null, null, userFacingReason);
    }

    public GatewayRejectionException(HttpStatusCode status, @Nullable String code, @Nullable String title,
            String userFacingReason) {
        super(status, userFacingReason);
        this.code = code;
        this.title = title;
    }

    /** The problem's stable {@code code}, or {@code null} for the one that goes with the status. */
    public @Nullable String code() {
        return this.code;
    }

    /** The problem's Russian {@code title}, or {@code null} for the one that goes with the status. */
    public @Nullable String title() {
        return this.title;
    }
}
