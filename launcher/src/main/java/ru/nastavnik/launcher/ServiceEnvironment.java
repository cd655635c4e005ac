package ru.nastavnik.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that knows which environment variables the launcher hands to each service. The gateway engineer
 * reads the NASTAVNIK_SERVICES_* names from here (property {@code nastavnik.services.<service-name>.uri}); the
 * identity variables wire the development identity provider, the services (resource servers) and the gateway (its
 * OIDC client) to one issuer.
 */
public final class ServiceEnvironment {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String DATASOURCE_URL = "SPRING_DATASOURCE_URL";
    public static final String DATASOURCE_USERNAME = "SPRING_DATASOURCE_USERNAME";
    public static final String DATASOURCE_PASSWORD = "SPRING_DATASOURCE_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "SPRING_KAFKA_BOOTSTRAP_SERVERS";
    /** Spring Boot 4 property {@code spring.mongodb.uri} (was spring.data.mongodb.uri in Boot 3). */
    public static final String MONGODB_URI = "SPRING_MONGODB_URI";
    /** publication-service's {@code nastavnik.feeds.public-url}: the gateway, which the feeds' links point to. */
    public static final String FEEDS_PUBLIC_URL = "NASTAVNIK_FEEDS_PUBLIC_URL";
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

    // ---- identity: the development OIDC provider, the services as resource servers, the gateway as its client
    public static final String IDENTITY_ISSUER = "NASTAVNIK_IDENTITY_ISSUER";
    public static final String IDENTITY_REDIRECT_URIS = "NASTAVNIK_IDENTITY_PORTAL_REDIRECT_URIS";
    public static final String IDENTITY_POST_LOGOUT_REDIRECT_URIS = "NASTAVNIK_IDENTITY_PORTAL_POST_LOGOUT_REDIRECT_URIS";
    public static final String IDENTITY_CLIENT_SECRET = "NASTAVNIK_IDENTITY_PORTAL_CLIENT_SECRET";
    /** The signing key is kept there, so tokens (and the gateway's sessions) survive a restart. */
    public static final String IDENTITY_KEY_DIRECTORY = "NASTAVNIK_IDENTITY_KEYDIRECTORY";
    public static final String RESOURCE_SERVER_ISSUER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    public static final String GATEWAY_PROVIDER_ISSUER = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_NASTAVNIK_ISSUER_URI";
    public static final String GATEWAY_CLIENT_ID = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_ID";
    public static final String GATEWAY_CLIENT_SECRET = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_NASTAVNIK_CLIENT_SECRET";
    /** participant-service fills its directory with DemoRegion's organizations and people when this is true. */
    public static final String DEMO_SEED = "NASTAVNIK_DEMO_SEED";
    /**
     * participant-service adds a generated demo region (thousands of people) to the fixed one when this is true; set by
     * {@code ./nastavnik run} unless {@code --demo=basic}, never by {@link PlatformOptions#forTests}.
     */
    public static final String DEMO_GENERATE = "NASTAVNIK_DEMO_GENERATE";
    /**
     * publication-service publishes two demo practices and a few news items of the demo region, so that the website
     * feeds and the widget show something on first start; set by {@code ./nastavnik run}, never by
     * {@link PlatformOptions#forTests} (tests publish their own).
     */
    public static final String DEMO_PUBLICATIONS = "NASTAVNIK_DEMO_PUBLICATIONS";
    /**
     * {@code startup} (default) or {@code throughput}: which JVM options the launcher starts a service with
     * ({@link ServiceProcess}); {@code ./nastavnik run --tuning=throughput} sets it for every service.
     */
    public static final String JVM_TUNING = "NASTAVNIK_JVM_TUNING";

    public static final String PORTAL_CLIENT_ID = "portal";
    /**
     * The development secret of the portal client, given to both sides so that they always agree; it is the
     * identity provider's default too. Masked in the services' log headers all the same.
     */
    static final String PORTAL_CLIENT_SECRET = "portal-dev-secret";
    /** Where the gateway receives the authorization code: Spring Security's default for registration "nastavnik". */
    static final String LOGIN_CALLBACK_PATH = "/login/oauth2/code/nastavnik";

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

    /**
     * {@code http://localhost:<identity-provider port>}: the {@code iss} of every token, so the same string for the
     * browser, the gateway and the services (resource servers compare it exactly).
     */
    public static String issuer(PortPlan ports) {
        return "http://localhost:" + ports.port(Component.IDENTITY_PROVIDER);
    }

    /** Where the identity provider keeps its signing key: {@code <data>/identity}. */
    public static Path identityDirectory(Path dataDir) {
        return dataDir.resolve("identity");
    }

    /** The variables for one service process, in a stable order (it is also written to the service's log). */
    static Map<String, String> forService(Component service, PortPlan ports, Infrastructure infrastructure,
                                          Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SERVER_PORT, Integer.toString(ports.port(service)));
        env.put(HEALTH_PROBES_ENABLED, "true");
        if (service == Component.IDENTITY_PROVIDER) {
            // No database, no Kafka: it holds the demo users in memory.
            String gateway = "http://localhost:" + ports.port(Component.GATEWAY);
            env.put(IDENTITY_ISSUER, issuer(ports));
            env.put(IDENTITY_REDIRECT_URIS, gateway + LOGIN_CALLBACK_PATH);
            env.put(IDENTITY_POST_LOGOUT_REDIRECT_URIS, gateway + "/");
            env.put(IDENTITY_CLIENT_SECRET, PORTAL_CLIENT_SECRET);
            env.put(IDENTITY_KEY_DIRECTORY, identityDirectory(dataDir).toString());
            return env;
        }
        String database = databaseOf(service);
        if (database != null) {
            env.put(DATASOURCE_URL, infrastructure.jdbcUrl(database));
            env.put(DATASOURCE_USERNAME, infrastructure.postgresUsername());
            env.put(DATASOURCE_PASSWORD, infrastructure.postgresPassword());
            env.put(DATASOURCE_MINIMUM_IDLE, MINIMUM_IDLE_CONNECTIONS);
        }
        if (service != Component.GATEWAY) {
            env.put(KAFKA_BOOTSTRAP_SERVERS, infrastructure.kafkaBootstrapServers());
            env.put(RESOURCE_SERVER_ISSUER, issuer(ports));
        }
        if (service == Component.PARTICIPANT_SERVICE) {
            env.put(DEMO_SEED, "true");
        }
        if (service == Component.PUBLICATION_SERVICE) {
            env.put(MONGODB_URI, infrastructure.mongoConnectionString(PUBLICATION_DATABASE));
            env.put(FEEDS_PUBLIC_URL, "http://localhost:" + ports.port(Component.GATEWAY));
        }
        if (service == Component.GATEWAY) {
            for (Component backend : Component.BACKEND_SERVICES) {
                env.put(gatewayUriVariable(backend), "http://localhost:" + ports.port(backend));
            }
            env.put(GATEWAY_PROVIDER_ISSUER, issuer(ports));
            env.put(GATEWAY_CLIENT_ID, PORTAL_CLIENT_ID);
            env.put(GATEWAY_CLIENT_SECRET, PORTAL_CLIENT_SECRET);
        }
        return env;
    }
}
