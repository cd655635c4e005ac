package ru.nastavnik.platform.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.core.env.EnumerablePropertySource;

/**
 * The connection properties of one application context. Values are computed on first read, so a server starts only
 * when the context reads its property: the PostgreSQL driver and spring-kafka are on every service's test classpath
 * (through this testkit), but a context without a DataSource never binds {@code spring.datasource.*}. The fresh
 * database is created once per property source, i.e. once per application context.
 */
final class RealInfrastructurePropertySource extends EnumerablePropertySource<Object> {

    static final String NAME = "nastavnikRealInfrastructure";

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String DATASOURCE_USERNAME = "spring.datasource.username";
    static final String DATASOURCE_PASSWORD = "spring.datasource.password";
    static final String KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    /** Spring Boot 4 reads this one. */
    static final String MONGODB_URI = "spring.mongodb.uri";
    /** Spring Boot 3's name, for any library or configuration still reading it. */
    static final String DATA_MONGODB_URI = "spring.data.mongodb.uri";
    /** Resource servers trust the testkit's token issuer (see {@link TestTokens}). */
    static final String JWT_ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private final String prefix;
    private final Supplier<TestInfrastructure> infrastructure;
    private final String[] names;

    private volatile String datasourceUrl;
    private volatile String mongoUri;

    RealInfrastructurePropertySource(String prefix, boolean postgres, boolean kafka, boolean mongo,
                                     Supplier<TestInfrastructure> infrastructure) {
        this(prefix, postgres, kafka, mongo, false, infrastructure);
    }

    RealInfrastructurePropertySource(String prefix, boolean postgres, boolean kafka, boolean mongo, boolean jwt,
                                     Supplier<TestInfrastructure> infrastructure) {
        super(NAME, new Object());
        this.prefix = prefix;
        this.infrastructure = infrastructure;
        List<String> available = new ArrayList<>();
        if (postgres) {
            available.addAll(List.of(DATASOURCE_URL, DATASOURCE_USERNAME, DATASOURCE_PASSWORD));
        }
        if (kafka) {
            available.add(KAFKA_BOOTSTRAP_SERVERS);
        }
        if (mongo) {
            available.addAll(List.of(MONGODB_URI, DATA_MONGODB_URI));
        }
        if (jwt) {
            available.add(JWT_ISSUER_URI);
        }
        this.names = available.toArray(String[]::new);
    }

    @Override
    public String[] getPropertyNames() {
        return names.clone();
    }

    @Override
    public boolean containsProperty(String name) {
        // Answered from the names alone: asking must not start a server.
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object getProperty(String name) {
        if (!containsProperty(name)) {
            return null;
        }
        return switch (name) {
            case DATASOURCE_URL -> datasourceUrl();
            case DATASOURCE_USERNAME -> infrastructure.get().postgresUsername();
            case DATASOURCE_PASSWORD -> infrastructure.get().postgresPassword();
            case KAFKA_BOOTSTRAP_SERVERS -> infrastructure.get().kafkaBootstrapServers();
            case MONGODB_URI, DATA_MONGODB_URI -> mongoUri();
            case JWT_ISSUER_URI -> TestTokens.get().issuer();
            default -> null;
        };
    }

    private String datasourceUrl() {
        String url = datasourceUrl;
        if (url == null) {
            synchronized (this) {
                url = datasourceUrl;
                if (url == null) {
                    url = infrastructure.get().createDatabase(prefix);
                    datasourceUrl = url;
                }
            }
        }
        return url;
    }

    private String mongoUri() {
        String uri = mongoUri;
        if (uri == null) {
            synchronized (this) {
                uri = mongoUri;
                if (uri == null) {
                    TestInfrastructure testInfrastructure = infrastructure.get();
                    uri = testInfrastructure.mongoUri(testInfrastructure.uniqueName(prefix));
                    mongoUri = uri;
                }
            }
        }
        return uri;
    }
}
