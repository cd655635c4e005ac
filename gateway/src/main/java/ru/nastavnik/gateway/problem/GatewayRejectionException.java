package ru.nastavnik.gateway.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request the gateway turns away on purpose. Unlike framework exceptions, whose reasons are English and
 * technical, its reason is written for the user (in Russian) and becomes the problem's {@code detail}.
 */
public class GatewayRejectionException extends ResponseStatusException {

    public GatewayRejectionException(HttpStatusCode status, String userFacingReason) {
        super(status, userFacingReason);
    }
}
