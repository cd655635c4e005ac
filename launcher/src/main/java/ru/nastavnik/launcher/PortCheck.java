package ru.nastavnik.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ru.nastavnik.platform.embedded.Ports;

/** Checks every port before anything starts, so a clash names the component instead of surfacing as a stack trace. */
final class PortCheck {

    private PortCheck() {
    }

    /** True if a server could listen on {@code port} right now (the same test the embedded servers apply). */
    static boolean isFree(int port) {
        return Ports.isFree(port);
    }

    static void requireFree(PortPlan ports) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Component, Integer> entry : ports.asMap().entrySet()) {
            if (!isFree(entry.getValue())) {
                problems.add(message(entry.getKey(), entry.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlatformStartException(String.join(System.lineSeparator(), problems));
        }
    }

    static String message(Component component, int port) {
        String option = component == Component.GATEWAY ? "--gateway-port" : "--port-offset";
        return "Port " + port + " (" + component + ") is already in use — stop what uses it or pass " + option;
    }
}
