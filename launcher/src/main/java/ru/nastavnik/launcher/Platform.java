package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine: embedded PostgreSQL, Kafka and MongoDB wire server, then the four services and
 * the identity provider in parallel, each in its own JVM, then the gateway. {@link #start} returns once every one is
 * healthy; {@link #close} (also run by a shutdown hook) stops them in reverse order.
 *
 * <pre>{@code
 * try (Platform platform = Platform.start(PlatformOptions.forTests(repoHome, dataDir))) {
 *     URI api = URI.create(platform.gatewayUrl() + "/api/...");
 *     platform.stopService("pairing-service"); // the gateway should now answer 503 for pairing routes
 * }
 * }</pre>
 */
public final class Platform implements AutoCloseable {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** How long close() from another thread waits for an interrupted start to unwind before stopping things. */
    private static final Duration START_UNWIND = Duration.ofSeconds(60);
    /** Two Platforms on one data folder in one JVM would corrupt each other's PostgreSQL and Kafka data. */
    private static final Set<Path> DATA_DIRS_IN_USE = ConcurrentHashMap.newKeySet();

    private final PlatformOptions options;
    private final RunFile runFile;
    private final Map<Component, ServiceProcess> services = Collections.synchronizedMap(new EnumMap<>(Component.class));
    private final Object lock = new Object();
    private final CountDownLatch startFinished = new CountDownLatch(1);
    private final Thread startingThread = Thread.currentThread();
    private final Thread shutdownHook;
    private final Instant startedAt = Instant.now();
    private volatile Map<Component, Path> jars = Map.of();
    private volatile Infrastructure infrastructure;
    private volatile boolean closing;
    /** False until leftovers are cleaned: a start refused because another launcher runs must not touch its file. */
    private volatile boolean ownsRunFile;
    private volatile Instant readyAt;

    private Platform(PlatformOptions options) {
        this.options = options;
        this.runFile = new RunFile(options.dataDir());
        if (!DATA_DIRS_IN_USE.add(options.dataDir())) {
            throw new PlatformStartException("Data folder " + options.dataDir()
                    + " is already used by a running Platform in this JVM — close it first or use another folder");
        }
        // Ctrl-C, SIGTERM or the end of a test JVM: child processes must not outlive the launcher.
        this.shutdownHook = new Thread(this::close, "nastavnik-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts everything and blocks until all of it is healthy.
     *
     * @throws PlatformStartException with a message for a person: the JDK is too old, a jar is not built, a port is
     *                                taken (naming the component), or a component failed (quoting its log)
     */
    public static Platform start(PlatformOptions options) {
        JdkCheck.require();
        Platform platform = new Platform(options);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException | Error e) {
            platform.startFinished.countDown();
            platform.close();
            throw e;
        } finally {
            platform.startFinished.countDown();
        }
    }

    private void startAll() {
        jars = ServiceJars.locateAll(options.home());
        createDirectories(options.logDir());
        runFile.stopLeftovers(options.dataDir())
                .ifPresent(what -> report("previous run", ProgressListener.Phase.STOPPED, what));
        ownsRunFile = true;
        PortCheck.requireFree(options.ports());
        recordProcesses();

        Infrastructure started = Infrastructure.start(options.dataDir(), options.ports(), options.progress());
        synchronized (lock) {
            if (closing) {
                started.close();
                throw cancelled();
            }
            infrastructure = started;
        }
        recordProcesses();

        startAndAwait(Component.BEFORE_GATEWAY);
        startAndAwait(List.of(Component.GATEWAY));
        readyAt = Instant.now();
    }

    /** Launches the given services together and waits for all of them; on any failure, reports every failure. */
    private void startAndAwait(List<Component> group) {
        List<ServiceProcess> launched = new ArrayList<>();
        for (Component service : group) {
            launched.add(launch(service));
        }
        recordProcesses();
        AtomicBoolean failed = new AtomicBoolean();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        try (ExecutorService waiters = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServiceProcess process : launched) {
                waiters.submit(() -> {
                    try {
                        process.awaitReady(options.healthTimeout(), () -> closing || failed.get());
                        report(process.service().id(), ProgressListener.Phase.READY, process.url());
                    } catch (RuntimeException e) {
                        if (!closing && !(failed.get() && e.getMessage().endsWith("start abandoned"))) {
                            failures.add(e.getMessage());
                            report(process.service().id(), ProgressListener.Phase.FAILED, e.getMessage());
                        }
                        failed.set(true);
                    }
                });
            }
        }
        if (closing) {
            throw cancelled();
        }
        if (!failures.isEmpty()) {
            throw new PlatformStartException(String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    private ServiceProcess launch(Component service) {
        Map<String, String> environment = new LinkedHashMap<>(
                ServiceEnvironment.forService(service, options.ports(), infrastructure, options.dataDir()));
        environment.putAll(options.extraEnvironmentFor(service));
        ServiceProcess process = new ServiceProcess(service, jars.get(service), options.ports().port(service),
                logFile(service), options.home(), environment,
                exitCode -> {
                    if (!closing) {
                        report(service.id(), ProgressListener.Phase.FAILED, "exited unexpectedly with code " + exitCode
                                + " — see " + logFile(service));
                    }
                });
        synchronized (lock) {
            if (closing) {
                throw cancelled();
            }
            services.put(service, process);
            report(service.id(), ProgressListener.Phase.STARTING, process.url());
            process.launch();
        }
        return process;
    }

    private static PlatformStartException cancelled() {
        return new PlatformStartException("Start cancelled: the platform is being stopped");
    }

    // ---------------------------------------------------------------- for tests and the console

    public PlatformOptions options() {
        return options;
    }

    public String gatewayUrl() {
        return serviceUrl(Component.GATEWAY.id());
    }

    /** {@code http://localhost:<port>} of a service ("participant-service", ..., "identity-provider", "gateway"). */
    public String serviceUrl(String service) {
        return "http://localhost:" + options.ports().port(Component.serviceById(service));
    }

    /** {@code <data>/logs/<service>.log}; also accepts infrastructure names, for symmetry, though they log elsewhere. */
    public Path logFile(String service) {
        return logFile(Component.byId(service));
    }

    private Path logFile(Component component) {
        return options.logDir().resolve(component.id() + ".log");
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    /** Stops one service process (SIGTERM, then SIGKILL after 20 s), e.g. to see the gateway answer 503. */
    public void stopService(String service) {
        ServiceProcess process = services.get(Component.serviceById(service));
        if (process == null) {
            throw new IllegalStateException(service + " was not started");
        }
        report(service, ProgressListener.Phase.STOPPING, "");
        process.stop(STOP_GRACE);
        report(service, ProgressListener.Phase.STOPPED, "");
        recordProcesses();
    }

    /** Starts a service stopped by {@link #stopService} again and waits until it is healthy. */
    public void startService(String service) {
        Component component = Component.serviceById(service);
        ServiceProcess process = services.get(component);
        if (process == null || closing) {
            throw new IllegalStateException(service + " cannot be started now");
        }
        synchronized (lock) {
            report(service, ProgressListener.Phase.STARTING, process.url());
            process.launch();
        }
        recordProcesses();
        process.awaitReady(options.healthTimeout(), () -> closing);
        report(service, ProgressListener.Phase.READY, process.url());
    }

    public boolean isRunning(String service) {
        ServiceProcess process = services.get(Component.serviceById(service));
        return process != null && process.isRunning();
    }

    /** When {@link #start} was called and when everything was healthy (null until then). */
    public Instant startedAt() {
        return startedAt;
    }

    public Instant readyAt() {
        return readyAt;
    }

    /**
     * Every process of the platform by component, for the benchmark and the run file: the launcher JVM itself
     * (which also hosts the MongoDB wire server), PostgreSQL's postmaster and its backends, the Kafka JVM and each
     * service. Only processes alive now.
     */
    public Map<String, List<ProcessHandle>> processes() {
        Map<String, List<ProcessHandle>> byComponent = new LinkedHashMap<>();
        byComponent.put(RunFile.LAUNCHER, List.of(ProcessHandle.current()));
        Set<Long> servicePids = new java.util.HashSet<>();
        for (Component service : Component.values()) {
            ServiceProcess process = services.get(service);
            if (process != null && process.isRunning()) {
                ProcessHandle handle = process.process().toHandle();
                servicePids.add(handle.pid());
                byComponent.put(service.id(), List.of(handle));
            }
        }
        List<ProcessHandle> postgres = new ArrayList<>();
        for (ProcessHandle postmaster : ProcessInspector.postmastersOf(Infrastructure.postgresDirectory(options.dataDir()))) {
            postgres.add(postmaster);
            postmaster.descendants().forEach(postgres::add);
        }
        Set<Long> postgresPids = postgres.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        // Whatever else the launcher spawned: the Kafka broker's JVM (and PostgreSQL, were it not detached).
        Map<String, List<ProcessHandle>> others = ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && !servicePids.contains(p.pid()) && !postgresPids.contains(p.pid()))
                .collect(Collectors.groupingBy(Platform::guessComponent, LinkedHashMap::new, Collectors.toList()));
        postgres.addAll(others.getOrDefault(Component.POSTGRESQL.id(), List.of()));
        if (!postgres.isEmpty()) {
            byComponent.put(Component.POSTGRESQL.id(), List.copyOf(postgres));
        }
        others.remove(Component.POSTGRESQL.id());
        byComponent.putAll(others);
        return byComponent;
    }

    private static String guessComponent(ProcessHandle process) {
        String commandLine = ProcessInspector.commandLine(process.pid());
        if (commandLine.isEmpty()) {
            commandLine = process.info().commandLine().orElse("");
        }
        if (commandLine.contains("kafka") || commandLine.contains("Kafka")) {
            return Component.KAFKA.id();
        }
        if (commandLine.contains("postgres")) {
            return Component.POSTGRESQL.id();
        }
        return "other";
    }

    private void recordProcesses() {
        if (!ownsRunFile) {
            return;
        }
        List<RunFile.Entry> entries = new ArrayList<>();
        processes().forEach((component, handles) -> {
            if (Component.POSTGRESQL.id().equals(component)) {
                // The postmaster alone: stopping it ends its backends, which come and go anyway.
                ProcessInspector.postmastersOf(Infrastructure.postgresDirectory(options.dataDir()))
                        .forEach(postmaster -> entries.add(RunFile.Entry.of(component, postmaster)));
            } else if (!RunFile.LAUNCHER.equals(component)) {
                handles.forEach(handle -> entries.add(RunFile.Entry.of(component, handle)));
            }
        });
        try {
            runFile.write(entries);
        } catch (UncheckedIOException e) {
            report("launcher", ProgressListener.Phase.FAILED, "cannot record child pids: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- stopping

    /**
     * Stops the gateway, then the services and the identity provider (in parallel), then Kafka, MongoDB and
     * PostgreSQL. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closing) {
                return;
            }
            closing = true;
        }
        if (Thread.currentThread() != startingThread) {
            // A start in progress notices `closing` within a poll interval; let it unwind so it launches no more.
            try {
                startFinished.await(START_UNWIND.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            stopServices(List.of(Component.GATEWAY));
            stopServices(Component.BEFORE_GATEWAY);
            Infrastructure current = infrastructure;
            if (current != null) {
                current.close();
            }
            if (ownsRunFile) {
                runFile.delete();
            }
        } finally {
            DATA_DIRS_IN_USE.remove(options.dataDir());
            if (Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException shutdownInProgress) {
                    // the hook is running or about to; close() is idempotent
                }
            }
        }
    }

    private void stopServices(List<Component> group) {
        // Not only the running ones: on Ctrl-C the terminal's SIGINT reaches the services too, and some are already
        // gone by now; they are still reported as stopped, except those stopService() stopped before.
        List<ServiceProcess> running = group.stream().map(services::get)
                .filter(p -> p != null && p.process() != null && !p.stopRequested()).toList();
        if (running.isEmpty()) {
            return;
        }
        try (ExecutorService stoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServiceProcess process : running) {
                stoppers.submit(() -> {
                    report(process.service().id(), ProgressListener.Phase.STOPPING, "");
                    process.stop(STOP_GRACE);
                    report(process.service().id(), ProgressListener.Phase.STOPPED, "");
                });
            }
        }
    }

    private void report(String component, ProgressListener.Phase phase, String detail) {
        try {
            options.progress().onProgress(new ProgressListener.Event(component, phase, detail, Instant.now()));
        } catch (RuntimeException listenerFailure) {
            // a listener's bug must not leave processes running
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new PlatformStartException("Cannot create " + directory + ": " + e.getMessage(), e);
        }
    }
}
