package ru.nastavnik.deployment;

import java.util.Arrays;
import java.util.List;

/** What the deployment files must ship: every Spring Boot application of the platform. */
enum Deployable {

    PARTICIPANT_SERVICE("participant-service", 8081, Role.SERVICE),
    PAIRING_SERVICE("pairing-service", 8082, Role.SERVICE),
    MONITORING_SERVICE("monitoring-service", 8083, Role.SERVICE),
    PUBLICATION_SERVICE("publication-service", 8084, Role.SERVICE),
    GATEWAY("gateway", 8080, Role.GATEWAY),
    // The development OIDC provider: an image like the others, but Keycloak replaces it in compose and on
    // Kubernetes, so it is deployed by neither.
    IDENTITY_PROVIDER("identity-provider", 9000, Role.IDENTITY);

    enum Role { SERVICE, GATEWAY, IDENTITY }

    final String module;
    final int port;
    final Role role;

    Deployable(String module, int port, Role role) {
        this.module = module;
        this.port = port;
        this.role = role;
    }

    /** Deployed by docker-compose.yml and k8s/: the gateway and the services. */
    static List<Deployable> platform() {
        return Arrays.stream(values()).filter(d -> d.role != Role.IDENTITY).toList();
    }

    static List<Deployable> services() {
        return Arrays.stream(values()).filter(d -> d.role == Role.SERVICE).toList();
    }

    /** One Dockerfile at the root builds every deployable, chosen by the MODULE and PORT build arguments. */
    String dockerfile() {
        return "Dockerfile";
    }

    @Override
    public String toString() {
        return module;
    }
}
