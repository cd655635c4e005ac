package ru.nastavnik.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that knows which environment variables the launcher hands to each service. The gateway engineer
 * reads the NASTAVNIK_SERVICES_* names from here (property {@code nastavnik.services.<service-name>.uri}).
 */
public final class ServiceEnvironment {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String DATASOURCE_URL = "SPRING_DATASOURCE_URL";
    public static final String DATASOURCE_USERNAME = "SPRING_DATASOURCE_USERNAME";
    public static final String DATASOURCE_PASSWORD = "SPRING_DATASOURCE_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "SPRING_KAFKA_BOOTSTRAP_SERVERS";
    /** Spring Boot 4 property {@code spring.mongodb.uri} (was spring.data.mongodb.uri in Boot 3). */
    public static final String MONGODB_URI = "SPRING_MONGODB_URI";
    /**
     * Hikari keeps {@code maximum-pool-size} (10) connections open by default: 30 idle PostgreSQL backends for three
     * services on a laptop. The pool still grows to its maximum under load.
     */
    public static final String DATASOURCE_MINIMUM_IDLE = "SPRING_DATASOURCE_HIKARI_MINIMUMIDLE";
    static final String MINIMUM_IDLE_CONNECTIONS = "2";
    /** Off by default outside Kubernetes; the launcher waits on /actuator/health/readiness, so it switches it on. */
    public static final String HEALTH_PROBES_ENABLED = "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED";

    public static final String PARTICIPANT_SERVICE_URI = "NASTAVNIK_SERVICES_PARTICIPANTSERVICE_URI";
    public static final String PAIRING_SERVICE_URI = "NASTAVNIK_SERVICES_PAIRINGSERVICE_URI";
    public static final String MONITORING_SERVICE_URI = "NASTAVNIK_SERVICES_MONITORINGSERVICE_URI";
    public static final String PUBLICATION_SERVICE_URI = "NASTAVNIK_SERVICES_PUBLICATIONSERVICE_URI";

    /** MongoDB database of publication-service. */
    public static final String PUBLICATION_DATABASE = "publication";

    private ServiceEnvironment() {
    }

    /** The PostgreSQL database a service owns, or null if it has none. */
    public static String databaseOf(Component service) {
        return switch (service) {
            case PARTICIPANT_SERVICE -> "participant";
            case PAIRING_SERVICE -> "pairing";
            case MONITORING_SERVICE -> "monitoring";
            default -> null;
        };
    }

    /** The gateway's variable that carries the URI of {@code service}. */
    public static String gatewayUriVariable(Component service) {
        return switch (service) {
            case PARTICIPANT_SERVICE -> PARTICIPANT_SERVICE_URI;
            case PAIRING_SERVICE -> PAIRING_SERVICE_URI;
            case MONITORING_SERVICE -> MONITORING_SERVICE_URI;
            case PUBLICATION_SERVICE -> PUBLICATION_SERVICE_URI;
            default -> throw new IllegalArgumentException(service + " is not routed by the gateway");
        };
    }

    /** The variables for one service process, in a stable order (it is also written to the service's log). */
    static Map<String, String> forService(Component service, PortPlan ports, Infrastructure infrastructure) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SERVER_PORT, Integer.toString(ports.port(service)));
        env.put(HEALTH_PROBES_ENABLED, "true");
        String database = databaseOf(service);
        if (database != null) {
            env.put(DATASOURCE_URL, infrastructure.jdbcUrl(database));
            env.put(DATASOURCE_USERNAME, infrastructure.postgresUsername());
            env.put(DATASOURCE_PASSWORD, infrastructure.postgresPassword());
            env.put(DATASOURCE_MINIMUM_IDLE, MINIMUM_IDLE_CONNECTIONS);
        }
        if (service != Component.GATEWAY) {
            env.put(KAFKA_BOOTSTRAP_SERVERS, infrastructure.kafkaBootstrapServers());
        }
        if (service == Component.PUBLICATION_SERVICE) {
            env.put(MONGODB_URI, infrastructure.mongoConnectionString(PUBLICATION_DATABASE));
        }
        if (service == Component.GATEWAY) {
            for (Component backend : Component.BACKEND_SERVICES) {
                env.put(gatewayUriVariable(backend), "http://localhost:" + ports.port(backend));
            }
        }
        return env;
    }
}
