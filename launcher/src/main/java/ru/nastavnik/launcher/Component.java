package ru.nastavnik.launcher;

import java.util.Arrays;
import java.util.List;

/** Everything the launcher starts, with the port each listens on by default (before --port-offset). */
public enum Component {
    POSTGRESQL("postgresql", 15432),
    KAFKA("kafka", 19092),
    KAFKA_CONTROLLER("kafka-controller", 19093),
    MONGODB("mongodb", 27018),
    PARTICIPANT_SERVICE("participant-service", 8081),
    PAIRING_SERVICE("pairing-service", 8082),
    MONITORING_SERVICE("monitoring-service", 8083),
    PUBLICATION_SERVICE("publication-service", 8084),
    /** The development OIDC provider (Spring Authorization Server); compose uses Keycloak instead. */
    IDENTITY_PROVIDER("identity-provider", 9000),
    GATEWAY("gateway", 8080);

    /** The services behind the gateway, each with its own data. */
    public static final List<Component> BACKEND_SERVICES =
            List.of(PARTICIPANT_SERVICE, PAIRING_SERVICE, MONITORING_SERVICE, PUBLICATION_SERVICE);

    /**
     * What starts in parallel once the infrastructure is up: the backend services and the identity provider (which
     * needs no infrastructure, but the gateway's login needs it). The gateway starts after all of them.
     */
    public static final List<Component> BEFORE_GATEWAY = List.of(IDENTITY_PROVIDER, PARTICIPANT_SERVICE,
            PAIRING_SERVICE, MONITORING_SERVICE, PUBLICATION_SERVICE);

    private final String id;
    private final int defaultPort;

    Component(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** The name used on the console, for log files and as the Maven module of a service. */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** True for a Spring Boot application run from its own jar (the gateway included). */
    public boolean isService() {
        return this == GATEWAY || BEFORE_GATEWAY.contains(this);
    }

    public static Component byId(String id) {
        return Arrays.stream(values())
                .filter(c -> c.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown component '" + id + "'; known: "
                        + Arrays.stream(values()).map(Component::id).toList()));
    }

    public static Component serviceById(String id) {
        Component component = byId(id);
        if (!component.isService()) {
            throw new IllegalArgumentException("'" + id + "' is infrastructure, not a service");
        }
        return component;
    }

    @Override
    public String toString() {
        return id;
    }
}
