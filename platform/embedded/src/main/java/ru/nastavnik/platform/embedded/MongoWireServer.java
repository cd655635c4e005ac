package ru.nastavnik.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A server speaking the MongoDB wire protocol (de.bwaldvogel mongo-java-server) in this JVM. It covers the CRUD,
 * index and aggregation commands our services use; it has no {@code $text} search and no transactions.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final Path storeFile;
    private final int port;

    private MongoWireServer(MongoServer server, MongoBackend backend, Path storeFile, int port) {
        this.server = server;
        this.backend = backend;
        this.storeFile = storeFile;
        this.port = port;
    }

    /**
     * Starts the server on localhost.
     *
     * @param storeFile {@code null} = in memory; otherwise an H2 MVStore file that keeps the data across restarts
     * @param port      0 = pick a free one
     */
    public static MongoWireServer start(Path storeFile, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        Ports.requireFree(port, "MongoDB wire server");
        Path store = storeFile == null ? null : storeFile.toAbsolutePath().normalize();
        MongoBackend backend;
        try {
            if (store == null) {
                backend = new MemoryBackend();
            } else {
                Files.createDirectories(store.getParent());
                backend = new H2Backend(store.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("MongoDB wire server cannot use store file " + store + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // The H2 store is locked by its owner: a second server on the same file.
            throw new IllegalStateException("MongoDB wire server cannot open store file " + store
                    + " (is another process using it?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("MongoDB wire server could not listen on localhost:" + port + ": "
                    + e.getMessage(), e);
        }
        return new MongoWireServer(server, backend, store, server.getLocalAddress().getPort());
    }

    public int port() {
        return port;
    }

    public String connectionString(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    /** The H2 store file, or {@code null} in memory. */
    public Path storeFile() {
        return storeFile;
    }

    /** Stops listening, disconnects clients and flushes the store file. */
    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            // MongoServer leaves the backend open; closing it commits and releases the H2 file.
            backend.close();
        }
    }

    @Override
    public String toString() {
        return "MongoWireServer[port=" + port + ", store=" + (storeFile == null ? "memory" : storeFile) + "]";
    }
}
