package ru.nastavnik.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) running in its own JVM process, so it can be
 * stopped and restarted like a real server while the data stays in its data directory.
 *
 * <p>Layout of the data directory: {@code server.properties}, {@code cluster.id}, the log directory {@code kraft-logs},
 * and Kafka's own log output {@code kafka.log}.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String KAFKA_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";
    /** A cold JVM plus KRaft election and log recovery; generous because a developer's 2 cores are often busy. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
    private static final int LOG_TAIL_LINES = 20;

    private final Path dataDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final String mainClass;
    private final String javaExecutable;
    private final Thread shutdownHook = new Thread(this::destroyOnShutdown, "nastavnik-kafka-broker-shutdown");

    /** Volatile: the shutdown hook reads it without the lock, which start() may hold for minutes. */
    private volatile Process process;
    private boolean hookRegistered;
    private boolean closed;

    private KafkaBroker(Path dataDirectory, boolean temporary, int port, int controllerPort, String classpath) {
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
        String ownLocation = ownCodeSourcePath();
        // The broker runs in its data directory, where relative entries would find nothing.
        String effectiveClasspath = absolute(classpath == null ? currentClasspath() : classpath);
        if (ownLocation != null && !containsEntry(effectiveClasspath, ownLocation)) {
            effectiveClasspath = effectiveClasspath + java.io.File.pathSeparator + ownLocation;
        }
        this.classpath = effectiveClasspath;
        // Without our own classes on a plain file path (e.g. inside a nested boot jar) the watchdog cannot run;
        // the shutdown hook then remains the only guard.
        this.mainClass = ownLocation != null ? KafkaBrokerMain.class.getName() : KAFKA_MAIN;
        this.javaExecutable = ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Starts a broker and waits until it accepts clients.
     *
     * @param dataDirectory  where configuration, KRaft metadata and topic data live; an existing one is reused (data
     *                       persists); {@code null} = a temporary directory deleted on {@link #close()}
     * @param port           the client port on localhost; 0 = pick a free one (kept across {@link #stop()}/{@link #start()})
     * @param controllerPort the KRaft controller port on localhost; 0 = pick a free one
     * @param classpath      the broker JVM's classpath; {@code null} = this JVM's classpath
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort, String classpath) {
        if (port < 0 || port > 65535 || controllerPort < 0 || controllerPort > 65535) {
            throw new IllegalArgumentException("Not TCP ports: " + port + ", " + controllerPort);
        }
        if (port != 0 && port == controllerPort) {
            throw new IllegalArgumentException("The client and controller ports must differ: " + port);
        }
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        int clientPort = port == 0 ? Ports.free() : port;
        int quorumPort = controllerPort;
        while (quorumPort == 0 || quorumPort == clientPort) {
            quorumPort = Ports.free();
        }
        Path directory;
        boolean temporary = dataDirectory == null;
        try {
            directory = temporary ? Files.createTempDirectory("nastavnik-kafka-")
                    : Files.createDirectories(dataDirectory.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka cannot start: data directory " + dataDirectory + " is not usable: "
                    + e.getMessage(), e);
        }
        KafkaBroker broker = new KafkaBroker(directory, temporary, clientPort, quorumPort, classpath);
        try {
            broker.start();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Kafka's own log output. */
    public Path logFile() {
        return dataDirectory.resolve("kafka.log");
    }

    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Starts the broker again after {@link #stop()}, on the same ports and data; does nothing when it runs. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("This Kafka broker was closed; start a new one");
        }
        if (isRunning()) {
            return;
        }
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Path serverProperties = writeServerProperties();
            writeLoggingConfiguration();
            LogFiles.rotateIfLarge(logFile());
            formatStorageIfNeeded(serverProperties);
            if (!hookRegistered) {
                Runtime.getRuntime().addShutdownHook(shutdownHook);
                hookRegistered = true;
            }
            long started = System.nanoTime();
            process = launch(mainClass, List.of(serverProperties.toString()), "kafka-jvm.args");
            awaitReady();
            log.debug("Kafka broker on {} ready in {} ms (data in {})", bootstrapServers(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDirectory);
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException("Kafka broker could not be started in " + dataDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    /** Stops the broker (SIGTERM, a controlled shutdown; killed after 20 s). The data stays. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process running = process;
        running.destroy();
        try {
            if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Kafka broker on {} did not stop within {} s; killing it", bootstrapServers(),
                        STOP_TIMEOUT.toSeconds());
                running.destroyForcibly();
                running.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            running.getOutputStream().close();
        } catch (IOException e) {
            // The pipe to a dead process: nothing left to release.
        }
        process = null;
    }

    /** Stops the broker; a temporary data directory is deleted. */
    @Override
    public synchronized void close() {
        stop();
        closed = true;
        if (hookRegistered) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook runs (and finds nothing to do).
            }
            hookRegistered = false;
        }
        if (temporary) {
            LogFiles.deleteRecursively(dataDirectory);
        }
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", controller=" + controllerPort + ", data=" + dataDirectory + "]";
    }

    /**
     * The shutdown hook: like stop(), but without the lock, so that a JVM told to exit while start() waits for the broker
     * does not wait for that first. start() then sees the process gone and fails, which no longer matters.
     */
    private void destroyOnShutdown() {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            // Called while failing or shutting down: the original problem matters more.
        }
    }

    private Path writeServerProperties() throws IOException {
        Properties server = new Properties();
        server.put("process.roles", "broker,controller");
        server.put("node.id", "1");
        server.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        server.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        server.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        server.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.put("inter.broker.listener.name", "PLAINTEXT");
        server.put("controller.listener.names", "CONTROLLER");
        server.put("log.dirs", dataDirectory.resolve("kraft-logs").toString());
        server.put("num.partitions", "3");
        server.put("auto.create.topics.enable", "true");
        server.put("default.replication.factor", "1");
        server.put("min.insync.replicas", "1");
        server.put("offsets.topic.replication.factor", "1");
        // The default 50 partitions cost seconds at the first consumer group on a small machine, for nothing here.
        server.put("offsets.topic.num.partitions", "5");
        server.put("transaction.state.log.replication.factor", "1");
        server.put("transaction.state.log.min.isr", "1");
        server.put("transaction.state.log.num.partitions", "5");
        server.put("share.coordinator.state.topic.replication.factor", "1");
        server.put("share.coordinator.state.topic.min.isr", "1");
        server.put("group.initial.rebalance.delay.ms", "0");
        server.put("num.network.threads", "2");
        server.put("num.io.threads", "4");
        Path file = dataDirectory.resolve("server.properties");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            server.store(writer, "Written by Nastavnik's KafkaBroker on every start; edits are overwritten");
        }
        return file;
    }

    /**
     * Kafka logs through SLF4J, so the binding found on the classpath decides where its output goes; all of them write
     * to the console, which is redirected to kafka.log. Without a configuration, logback would log at DEBUG.
     */
    private void writeLoggingConfiguration() throws IOException {
        Files.writeString(dataDirectory.resolve("kafka-logback.xml"), """
                <configuration>
                  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
                  <logger name="org.apache.kafka.common.utils.AppInfoParser" level="WARN"/>
                  <root level="INFO"><appender-ref ref="CONSOLE"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        Files.writeString(dataDirectory.resolve("kafka-log4j2.properties"), """
                appender.console.type = Console
                appender.console.name = CONSOLE
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{ISO8601} %-5level [%t] %c{1.} - %m%n
                logger.config.name = org.apache.kafka.common.config.AbstractConfig
                logger.config.level = WARN
                rootLogger.level = INFO
                rootLogger.appenderRef.console.ref = CONSOLE
                """, StandardCharsets.UTF_8);
    }

    /** Formats the KRaft log directory once; the cluster id is kept in the data directory for later formats. */
    private void formatStorageIfNeeded(Path serverProperties) throws IOException {
        if (Files.exists(dataDirectory.resolve("kraft-logs").resolve("meta.properties"))) {
            return;
        }
        Path clusterIdFile = dataDirectory.resolve("cluster.id");
        String clusterId;
        if (Files.exists(clusterIdFile)) {
            clusterId = Files.readString(clusterIdFile, StandardCharsets.US_ASCII).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(clusterIdFile, clusterId + "\n", StandardCharsets.US_ASCII);
        }
        // The storage tool ends with System.exit, so it runs in its own process too.
        Process format = launch(STORAGE_TOOL_MAIN, List.of("format", "--config", serverProperties.toString(),
                "--cluster-id", clusterId, "--ignore-formatted"), "kafka-storage-jvm.args");
        try {
            if (!format.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage in " + dataDirectory + " did not finish within "
                        + FORMAT_TIMEOUT.toSeconds() + " s. Last lines of " + logFile() + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage in " + dataDirectory, e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + dataDirectory + " failed (exit code "
                    + format.exitValue() + "). Last lines of " + logFile() + ":\n" + tail());
        }
    }

    /**
     * Starts a child JVM. The classpath goes through a java @argfile: a long classpath on the command line can exceed the
     * operating system's limit for one argument.
     */
    private Process launch(String main, List<String> arguments, String argFileName) throws IOException {
        List<String> javaArguments = new ArrayList<>(JVM_OPTIONS);
        javaArguments.add("-Dlogback.configurationFile=" + dataDirectory.resolve("kafka-logback.xml"));
        javaArguments.add("-Dlog4j2.configurationFile=" + dataDirectory.resolve("kafka-log4j2.properties"));
        javaArguments.add("-D" + KafkaBrokerMain.EXIT_WITH_PARENT_PROPERTY + "=true");
        javaArguments.add("-cp");
        javaArguments.add(classpath);
        javaArguments.add(main);
        javaArguments.addAll(arguments);
        Path argFile = dataDirectory.resolve(argFileName);
        StringBuilder content = new StringBuilder();
        for (String argument : javaArguments) {
            content.append('"').append(argument.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        Files.writeString(argFile, content, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(javaExecutable, "@" + argFile)
                .directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile().toFile()));
        // Options meant for our JVM (agents, debuggers) must not leak into the broker's.
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("CLASSPATH");
        // stdin stays a pipe held by this JVM: KafkaBrokerMain exits when it closes (see there).
        return builder.start();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        // A plain TCP connect first: an admin client against a closed port floods the log with connection warnings.
        while (!accepts()) {
            checkAlive(deadline);
            sleep(200);
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "nastavnik-kafka-readiness");
        try (Admin admin = Admin.create(config)) {
            while (true) {
                checkAlive(deadline);
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes()
                            .get(6, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    log.trace("Kafka broker on {} not ready yet", bootstrapServers(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka broker on "
                            + bootstrapServers(), e);
                }
                sleep(200);
            }
        }
    }

    private void checkAlive(long deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " exited during startup (exit code "
                    + process.exitValue() + "). Last lines of " + logFile() + ":\n" + tail());
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready within "
                    + STARTUP_TIMEOUT.toSeconds() + " s. Last lines of " + logFile() + ":\n" + tail());
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        return LogFiles.tail(logFile(), LOG_TAIL_LINES);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    /**
     * This JVM's classpath. Surefire and some launchers start the JVM with a single manifest-only jar whose Class-Path
     * attribute lists the real entries (relative URLs, resolved against the jar's own location).
     */
    static String currentClasspath() {
        String classpath = System.getProperty("java.class.path", "");
        String[] entries = classpath.split(java.io.File.pathSeparator);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return classpath;
        }
        Path jar = Path.of(entries[0]).toAbsolutePath();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String manifestClasspath = manifest == null ? null
                    : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (manifestClasspath == null || manifestClasspath.isBlank()) {
                return classpath;
            }
            URI base = jar.toUri();
            Set<String> resolved = new LinkedHashSet<>();
            resolved.add(jar.toString()); // it may hold classes as well as the manifest
            for (String entry : manifestClasspath.trim().split("\\s+")) {
                URI uri = base.resolve(entry);
                if ("file".equals(uri.getScheme())) {
                    resolved.add(Path.of(uri).toString());
                }
            }
            return String.join(java.io.File.pathSeparator, resolved);
        } catch (IOException | IllegalArgumentException e) {
            return classpath;
        }
    }

    /** Each entry made absolute against this JVM's working directory; a {@code dir/*} wildcard stays a wildcard. */
    static String absolute(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                if (entry.equals("*") || entry.endsWith(java.io.File.separator + "*")) {
                    Path directory = Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath().normalize();
                    entries.add(directory.resolve("*").toString());
                } else {
                    entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            } catch (java.nio.file.InvalidPathException e) {
                entries.add(entry); // not a path here; let the child JVM judge it
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The jar or directory holding this class, when it is a plain file path the child JVM can use. */
    private static String ownCodeSourcePath() {
        try {
            CodeSource source = KafkaBrokerMain.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return null;
            }
            Path path = Path.of(location.toURI());
            return Files.exists(path) ? path.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static boolean containsEntry(String classpath, String entry) {
        for (String existing : classpath.split(java.io.File.pathSeparator)) {
            try {
                if (!existing.isEmpty() && Path.of(existing).toAbsolutePath().normalize().equals(Path.of(entry))) {
                    return true;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // Not a path this JVM understands; it cannot be our entry.
            }
        }
        return false;
    }
}
