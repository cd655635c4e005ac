package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/** One Spring Boot service in its own JVM, its output appended to its log file. */
final class ServiceProcess {

    /** Small heaps and a quick JIT: five Boot JVMs, a Kafka JVM and PostgreSQL share a 2-core laptop. */
    static final List<String> JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");
    /**
     * {@code --tuning=throughput}: the optimizing JIT (C2) and twice the heap, for a machine that serves a region
     * rather than a laptop that starts often. Slower to start and warm up, several times faster once warm.
     */
    static final List<String> THROUGHPUT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseParallelGC", "-Xss512k");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int TAIL_LINES = 20;

    private final Component service;
    private final Path jar;
    private final int port;
    private final Path logFile;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final IntConsumer unexpectedExit;
    private volatile Process process;
    private volatile boolean ready;
    private volatile boolean stopRequested;
    private long logOffset;

    ServiceProcess(Component service, Path jar, int port, Path logFile, Path workingDirectory,
                   Map<String, String> environment, IntConsumer unexpectedExit) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.logFile = logFile;
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.unexpectedExit = unexpectedExit;
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll("throughput".equals(environment.get(ServiceEnvironment.JVM_TUNING)) ? THROUGHPUT_JVM_OPTIONS
                : JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    synchronized void launch() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            writeHeader();
            logOffset = Files.size(logFile);
            ProcessBuilder builder = new ProcessBuilder(command())
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            ready = false;
            stopRequested = false;
            Process started = builder.start();
            process = started;
            // A crash after start-up would otherwise go unnoticed: its output goes to the log, not the console.
            started.onExit().thenAccept(exited -> {
                if (ready && !stopRequested && exited == process) {
                    unexpectedExit.accept(exited.exitValue());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service + " from " + jar, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** A marker between runs in the appended log, with what the launcher passed (secrets masked). */
    private void writeHeader() throws IOException {
        StringBuilder header = new StringBuilder()
                .append(System.lineSeparator())
                .append("===== ").append(Instant.now()).append(" launcher starts ").append(service)
                .append(": ").append(String.join(" ", command())).append(System.lineSeparator());
        environment.keySet().stream().sorted().forEach(name -> header.append("=====   ").append(name).append('=')
                .append(isSecret(name) ? "****" : environment.get(name)).append(System.lineSeparator()));
        Files.writeString(logFile, header, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Values never written to a log: database passwords and the portal's client secret. */
    static boolean isSecret(String variable) {
        return variable.contains("PASSWORD") || variable.contains("SECRET");
    }

    /**
     * Polls the health endpoint until UP. Fails, naming the service and quoting its log, if the process exits, the
     * timeout passes or {@code aborted} turns true (another service failed, or the platform is being closed).
     */
    void awaitReady(Duration timeout, BooleanSupplier aborted) {
        HealthProbe probe = new HealthProbe(url());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process current = process;
            if (current == null || !current.isAlive()) {
                String exit = current == null ? "was not started" : "exited with code " + current.exitValue();
                throw new PlatformStartException(service + " " + exit + " before it was ready." + logExcerpt());
            }
            if (probe.isUp()) {
                ready = true;
                return;
            }
            if (aborted.getAsBoolean()) {
                throw new PlatformStartException(service + " start abandoned");
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformStartException(service + " was not ready within " + timeout.toSeconds() + " s ("
                        + probe.lastAnswer() + ")." + logExcerpt());
            }
            try {
                current.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformStartException(service + " start interrupted");
            }
        }
    }

    String logExcerpt() {
        List<String> lines = LogTail.lastLines(logFile, logOffset, TAIL_LINES);
        if (lines.isEmpty()) {
            return " Its log " + logFile + " is empty.";
        }
        String rootCause = LogTail.rootCause(logFile, logOffset);
        return (rootCause == null ? "" : System.lineSeparator() + "Root cause: " + rootCause)
                + System.lineSeparator() + "Last lines of " + logFile + ":" + LogTail.indented(lines);
    }

    /** SIGTERM, so Spring shuts down gracefully; after {@code grace}, SIGKILL. */
    synchronized void stop(Duration grace) {
        Process current = process;
        if (current == null) {
            return;
        }
        stopRequested = true;
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                current.destroyForcibly();
                current.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** True once {@link #stop} was called for the current process. */
    boolean stopRequested() {
        return stopRequested;
    }

    boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** The running process, or null. */
    Process process() {
        return process;
    }

    Component service() {
        return service;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path logFile() {
        return logFile;
    }
}
