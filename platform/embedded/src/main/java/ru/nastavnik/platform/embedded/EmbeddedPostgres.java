package ru.nastavnik.platform.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 18 server (the zonky binaries, started with pg_ctl), for developers' machines and tests.
 *
 * <p>The server's own output goes to a log file next to the data directory ({@code <dataDirectory>.log}) rather than to
 * our stdout; failures quote its last lines.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private static final String SUPERUSER = "postgres";
    /** initdb runs with "-A trust": any password is accepted, so none is needed. */
    private static final String PASSWORD = "";
    /** First start includes initdb; on 2 busy cores zonky's default 10 s is too tight. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final String DUPLICATE_DATABASE = "42P04";
    /** Zonky's lock file inside the data directory, held by the JVM that runs the server. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final Path temporaryRoot;
    private final Path logFile;
    private final Thread shutdownHook = new Thread(this::close, "nastavnik-postgres-shutdown");
    private boolean closed;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory,
                             Path temporaryRoot, Path logFile) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.temporaryRoot = temporaryRoot;
        this.logFile = logFile;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory the PGDATA directory; {@code null} = a temporary one deleted on close. An initialized data
     *                      directory is reused as it is (data persists); a missing or empty one is initialized.
     * @param port          the TCP port on localhost; 0 = pick a free one
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        Ports.requireFree(port, "PostgreSQL");
        Path temporaryRoot = null;
        Path pgData;
        Path logFile;
        try {
            if (dataDirectory == null) {
                temporaryRoot = Files.createTempDirectory("nastavnik-postgres-");
                pgData = temporaryRoot.resolve("data");
                logFile = temporaryRoot.resolve("postgres.log");
            } else {
                pgData = dataDirectory.toAbsolutePath().normalize();
                // initdb insists on an empty directory, so the log cannot live inside PGDATA.
                logFile = pgData.resolveSibling(pgData.getFileName() + ".log");
                Files.createDirectories(pgData.getParent());
                stopOrphanedServer(pgData);
                LogFiles.rotateIfLarge(logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL cannot start: data directory " + dataDirectory
                    + " is not usable: " + e.getMessage(), e);
        }
        int actualPort = port == 0 ? Ports.free() : port;
        try {
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                    .builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(temporaryRoot != null)
                    .setPort(actualPort)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Ours instead (see close()): zonky's hook would race ours, which deletes the temporary directory.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                    .start();
            log.debug("PostgreSQL started on port {} with data directory {}", actualPort, pgData);
            return new EmbeddedPostgres(server, pgData, temporaryRoot, logFile);
        } catch (IOException | RuntimeException e) {
            String message = "PostgreSQL did not start on port " + actualPort + " (data directory " + pgData + "): "
                    + e.getMessage() + "\nLast lines of " + logFile + ":\n" + LogFiles.tail(logFile, 15);
            stopPostmasterQuietly(pgData);
            LogFiles.deleteRecursively(temporaryRoot);
            throw new IllegalStateException(message, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The PGDATA directory in use. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's own log file. */
    public Path logFile() {
        return logFile;
    }

    /** Creates the database unless it exists; safe when several callers race for the same name. */
    public void createDatabaseIfMissing(String database) {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("A database name is required");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, PASSWORD)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(database));
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database '" + database + "' on PostgreSQL at port "
                    + port() + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server (fast shutdown); a temporary data directory is deleted, a given one is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down; the hook will find this instance closed.
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("PostgreSQL on port {} did not stop cleanly: {}", port(), e.getMessage());
        }
        LogFiles.deleteRecursively(temporaryRoot);
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[port=" + port() + ", data=" + dataDirectory + "]";
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * When our JVM was killed hard (no shutdown hooks), its postmaster keeps running on the data directory and the next
     * start would fail with "another server might be running". Such an orphan is recognised by a postmaster.pid naming a
     * live postgres process while no JVM holds zonky's lock file; it is shut down. A server that another live JVM runs on
     * the same directory is refused with a clear message instead.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // stale pid file: postgres itself removes it on start
        }
        Path lockFile = pgData.resolve(ZONKY_LOCK_FILE);
        if (Files.exists(lockFile)) {
            try (FileOutputStream stream = new FileOutputStream(lockFile.toFile(), true);
                 FileLock lock = stream.getChannel().tryLock()) {
                if (lock == null) {
                    throw inUse(pgData, postmaster.get());
                }
            } catch (OverlappingFileLockException e) {
                throw inUse(pgData, postmaster.get());
            }
        }
        ProcessHandle orphan = postmaster.get();
        log.info("Stopping PostgreSQL process {} left running on {} by a previous run", orphan.pid(), pgData);
        orphan.destroy(); // SIGTERM: a smart shutdown; the orphan has no clients left
        try {
            orphan.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.destroyForcibly();
            try {
                orphan.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception again) {
                throw new IllegalStateException("PostgreSQL process " + orphan.pid() + " left running on " + pgData
                        + " could not be stopped; stop it by hand", again);
            }
        }
    }

    /**
     * After a failed start (e.g. a startup timeout) a postmaster may be running with nobody left to stop it; the pid
     * file names it.
     */
    private static void stopPostmasterQuietly(Path pgData) {
        try {
            Path pidFile = pgData.resolve("postmaster.pid");
            if (Files.isRegularFile(pidFile)) {
                readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(postmaster -> {
                    postmaster.destroy();
                    try {
                        postmaster.onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        postmaster.destroyForcibly();
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // Best effort while already failing: the original error is what the caller needs to see.
        }
    }

    private static IllegalStateException inUse(Path pgData, ProcessHandle postmaster) {
        return new IllegalStateException("PostgreSQL cannot start: data directory " + pgData
                + " is in use by a running server (process " + postmaster.pid() + ") of another live process");
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
