package ru.nastavnik.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to start the platform: where the built service jars are ({@code home}, the repository root), where data and
 * logs go, which ports, who hears about progress, how long a service may take to become ready, and any extra
 * environment variables for the service processes (key {@link #ALL_SERVICES} for every one of them).
 */
public record PlatformOptions(Path home,
                              Path dataDir,
                              PortPlan ports,
                              ProgressListener progress,
                              Duration healthTimeout,
                              Map<String, Map<String, String>> extraEnvironment) {

    /** Five Spring Boot JVMs starting together on a 2-core machine need a generous budget. */
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(180);
    public static final String ALL_SERVICES = "*";

    public PlatformOptions {
        home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        Objects.requireNonNull(ports, "ports");
        progress = progress == null ? ProgressListener.NONE : progress;
        healthTimeout = healthTimeout == null ? DEFAULT_HEALTH_TIMEOUT : healthTimeout;
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (extraEnvironment != null) {
            extraEnvironment.forEach((service, variables) -> {
                if (!ALL_SERVICES.equals(service)) {
                    Component.serviceById(service);
                }
                copy.put(service, Map.copyOf(variables));
            });
        }
        extraEnvironment = Map.copyOf(copy);
    }

    /** The documented default ports (gateway 8080, ..., PostgreSQL 15432, Kafka 19092, MongoDB 27018). */
    public static PlatformOptions defaults(Path home, Path dataDir) {
        return new PlatformOptions(home, dataDir, PortPlan.defaults(0), null, null, null);
    }

    /** Free ports for everything, so a test can run beside a developer's platform (and beside other tests). */
    public static PlatformOptions forTests(Path repoHome, Path dataDir) {
        return new PlatformOptions(repoHome, dataDir, PortPlan.free(), null, null, null);
    }

    public PlatformOptions withPorts(PortPlan newPorts) {
        return new PlatformOptions(home, dataDir, newPorts, progress, healthTimeout, extraEnvironment);
    }

    public PlatformOptions withProgress(ProgressListener listener) {
        return new PlatformOptions(home, dataDir, ports, listener, healthTimeout, extraEnvironment);
    }

    public PlatformOptions withHealthTimeout(Duration timeout) {
        return new PlatformOptions(home, dataDir, ports, progress, timeout, extraEnvironment);
    }

    /** Adds one environment variable to one service's process ({@code service} = a service id or "*"). */
    public PlatformOptions withEnvironment(String service, String name, String value) {
        Map<String, Map<String, String>> copy = new HashMap<>(extraEnvironment);
        Map<String, String> variables = new LinkedHashMap<>(copy.getOrDefault(service, Map.of()));
        variables.put(name, value);
        copy.put(service, variables);
        return new PlatformOptions(home, dataDir, ports, progress, healthTimeout, copy);
    }

    public int port(String component) {
        return ports.port(Component.byId(component));
    }

    /** The extra variables for one service: those for every service, overridden by its own. */
    Map<String, String> extraEnvironmentFor(Component service) {
        Map<String, String> variables = new LinkedHashMap<>(extraEnvironment.getOrDefault(ALL_SERVICES, Map.of()));
        variables.putAll(extraEnvironment.getOrDefault(service.id(), Map.of()));
        return variables;
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }
}
