package ru.nastavnik.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds each service's runnable jar, {@code <home>/<service>/target/*-exec.jar}, as built by ./nastavnik build. */
final class ServiceJars {

    static final String PATTERN = "*-exec.jar";

    private ServiceJars() {
    }

    /** All service jars, or a failure listing every missing one, before anything has been started. */
    static Map<Component, Path> locateAll(Path home) {
        Map<Component, Path> jars = new EnumMap<>(Component.class);
        List<String> missing = new ArrayList<>();
        for (Component component : Component.values()) {
            if (!component.isService()) {
                continue;
            }
            Path jar = locate(home, component);
            if (jar == null) {
                missing.add(home.resolve(component.id()).resolve("target").resolve(PATTERN).toString());
            } else {
                jars.put(component, jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformStartException("Service jar not found: " + String.join(", ", missing)
                    + " — build first: ./nastavnik build");
        }
        return jars;
    }

    /** The newest matching jar, or null. */
    static Path locate(Path home, Component service) {
        Path target = home.resolve(service.id()).resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(target, PATTERN)) {
            stream.forEach(candidates::add);
        } catch (IOException e) {
            return null;
        }
        return candidates.stream()
                .filter(Files::isRegularFile)
                .max(Comparator.comparing(ServiceJars::lastModified))
                .orElse(null);
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
