package ru.nastavnik.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP port helpers for servers that listen on this machine. */
public final class Ports {

    private Ports() {
    }

    /**
     * An ephemeral port that was free a moment ago. Another process may still take it before our server binds it;
     * callers that need a fixed address across restarts pick it once and keep it.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port could be found", e);
        }
    }

    /**
     * Whether nothing listens on the port. Binds the wildcard address, because on Linux that collides with a listener on
     * any single address (127.0.0.1, ::1, 0.0.0.0), while binding 127.0.0.1 alone would miss a listener on ::1. SO_REUSEADDR
     * keeps a port whose previous owner just stopped (TIME_WAIT connections) counted as free, as the servers themselves
     * bind with it too.
     */
    public static boolean isFree(int port) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws a readable exception when the port is taken; port 0 (pick one) passes. */
    static void requireFree(int port, String server) {
        if (port != 0 && !isFree(port)) {
            throw new IllegalStateException(server + " cannot start: port " + port
                    + " is already in use by another process. Stop that process or choose another port.");
        }
    }
}
