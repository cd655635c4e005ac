package ru.nastavnik.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** {@code ./nastavnik run}: parses the options, starts the {@link Platform}, reports, and waits for Ctrl-C. */
public final class LauncherMain {

    private LauncherMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int code = run(args);
        if (code >= 0) {
            System.exit(code);
        }
        // Running: the shutdown hook registered by Platform stops everything on Ctrl-C.
        new CountDownLatch(1).await();
    }

    /** An exit code, or -1 when the platform runs and the caller should wait for Ctrl-C. */
    static int run(String[] args) {
        LauncherArguments arguments;
        try {
            arguments = LauncherArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LauncherArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            System.out.print(LauncherArguments.USAGE);
            return 0;
        }
        try {
            JdkCheck.require();
        } catch (PlatformStartException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        Instant origin = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        ConsoleProgress console = new ConsoleProgress(System.out, origin);
        Path home = arguments.home() != null ? arguments.home() : findHome();
        PlatformOptions options = new PlatformOptions(home, arguments.dataDir(), arguments.ports(), console,
                null, null);
        options = options.withEnvironment(Component.PUBLICATION_SERVICE.id(), ServiceEnvironment.DEMO_PUBLICATIONS, "true");
        if (arguments.throughput()) {
            options = options.withEnvironment(PlatformOptions.ALL_SERVICES, ServiceEnvironment.JVM_TUNING, "throughput");
        }
        if (arguments.generatedDemo()) {
            options = options.withEnvironment(Component.PARTICIPANT_SERVICE.id(), ServiceEnvironment.DEMO_GENERATE, "true");
        }
        System.out.println("Starting Nastavnik from " + options.home() + " (data and logs in " + options.dataDir()
                + ") ...");
        Platform platform;
        try {
            platform = Platform.start(options);
        } catch (PlatformStartException e) {
            System.err.println();
            System.err.println(e.getMessage());
            return 1;
        }
        if (arguments.benchmark()) {
            Benchmark.print(System.out, origin, platform.readyAt(), Benchmark.measure(platform, console.readyTimes()));
            platform.close();
            return 0;
        }
        System.out.println("Nastavnik is running: " + platform.gatewayUrl() + "  (Ctrl-C stops everything)");
        System.out.println("Logs: " + options.dataDir().resolve("logs"));
        System.out.println();
        System.out.print(DemoLogins.table());
        System.out.flush();
        return -1;
    }

    /**
     * The repository root: three levels above launcher/target/launcher.jar (or launcher/target/classes), which is
     * where ./nastavnik runs it from; otherwise the working directory.
     */
    static Path findHome() {
        try {
            Path location = Path.of(LauncherMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null && target.getParent().getParent() != null) {
                Path home = target.getParent().getParent();
                if (Files.isDirectory(home.resolve("launcher"))) {
                    return home;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
