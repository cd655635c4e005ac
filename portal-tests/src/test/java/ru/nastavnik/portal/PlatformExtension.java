package ru.nastavnik.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ru.nastavnik.launcher.Platform;
import ru.nastavnik.launcher.PlatformOptions;

/**
 * The real platform, started once for the whole module by the launcher on free ports (a Platform per class would
 * cost a minute each) and closed when JUnit finishes: the root store closes what it holds. Each run gets a new data
 * folder under {@code target/platform-data}, so it starts from the demo region alone.
 *
 * <p>{@code -Dnastavnik.portal.base-url=http://localhost:8080} runs the tests against a platform that is already
 * running instead (e.g. {@code ./nastavnik run}), to iterate on the pages without a minute's start each time; the
 * tests register people, so use a throw-away data folder.
 */
public final class PlatformExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    static final String BASE_URL_PROPERTY = "nastavnik.portal.base-url";

    private static volatile Platform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (externalBaseUrl() == null) {
            context.getRoot().getStore(NAMESPACE).computeIfAbsent(Platform.class, key -> start(), Platform.class);
        }
    }

    /** http://localhost:port of the gateway, which serves the portal. */
    public static String gatewayUrl() {
        String external = externalBaseUrl();
        if (external != null) {
            return external.replaceAll("/+$", "");
        }
        if (platform == null) {
            throw new IllegalStateException("The platform is not started: annotate the class with @PortalTest");
        }
        return platform.gatewayUrl();
    }

    /**
     * The platform this run started, for tests that must put a read model's rows in place (monitoring's indicator facts
     * arrive from projections no portal screen drives); fails with an external base URL, where there is none.
     */
    static Platform platform() {
        if (platform == null) {
            throw new IllegalStateException("No platform started by this run (external " + BASE_URL_PROPERTY + "?)");
        }
        return platform;
    }

    private static String externalBaseUrl() {
        String value = System.getProperty(BASE_URL_PROPERTY);
        return value == null || value.isBlank() ? null : value;
    }

    private static Platform start() {
        // The module directory when Maven runs the tests; the repository root holds the services' built jars.
        Path repoHome = Path.of("..").toAbsolutePath().normalize();
        // A new folder per run, kept afterwards for its logs: wiping a fixed one would also wipe the run file through
        // which the launcher stops what a killed earlier run left behind.
        Path dataDir;
        try {
            Path runs = Files.createDirectories(Path.of("target", "platform-data").toAbsolutePath());
            dataDir = Files.createTempDirectory(runs, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant begin = Instant.now();
        platform = Platform.start(PlatformOptions.forTests(repoHome, dataDir));
        System.out.printf("portal-tests: platform ready at %s in %d s (data and logs in %s)%n", platform.gatewayUrl(),
                Duration.between(begin, Instant.now()).toSeconds(), dataDir);
        return platform;
    }
}
