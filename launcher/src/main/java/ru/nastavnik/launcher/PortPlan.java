package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which port every component listens on. Immutable; the with-methods return a copy. */
public final class PortPlan {

    private final Map<Component, Integer> ports;

    private PortPlan(Map<Component, Integer> ports) {
        EnumMap<Component, Integer> copy = new EnumMap<>(Component.class);
        copy.putAll(ports);
        for (Component component : Component.values()) {
            Integer port = copy.get(component);
            if (port == null || port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port for " + component + " must be 1..65535, was " + port);
            }
        }
        if (copy.values().stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("Two components would share a port: " + copy);
        }
        this.ports = Collections.unmodifiableMap(copy);
    }

    /** The documented default ports, each shifted by {@code offset}. */
    public static PortPlan defaults(int offset) {
        EnumMap<Component, Integer> ports = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            ports.put(component, component.defaultPort() + offset);
        }
        return new PortPlan(ports);
    }

    /** A distinct free ephemeral port for every component, so tests can run beside a developer's platform. */
    public static PortPlan free() {
        // All sockets are held open together so that the OS cannot hand out the same port twice.
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            EnumMap<Component, Integer> ports = new EnumMap<>(Component.class);
            for (Component component : Component.values()) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.put(component, socket.getLocalPort());
            }
            return new PortPlan(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing was listening on it yet
                }
            }
        }
    }

    public PortPlan with(Component component, int port) {
        EnumMap<Component, Integer> copy = new EnumMap<>(ports);
        copy.put(component, port);
        return new PortPlan(copy);
    }

    public int port(Component component) {
        return ports.get(component);
    }

    public Map<Component, Integer> asMap() {
        return ports;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortPlan plan && plan.ports.equals(ports);
    }

    @Override
    public int hashCode() {
        return ports.hashCode();
    }

    @Override
    public String toString() {
        return "PortPlan" + ports;
    }
}
