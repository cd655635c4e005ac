package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Repository homes for tests: one with a {@link FakeService} jar per service, one with empty placeholder jars. */
final class TestHomes {

    private TestHomes() {
    }

    /** {@code <home>/<service>/target/<service>-0.1.0-SNAPSHOT-exec.jar} running {@link FakeService}, for each service. */
    static Path withFakeServices(Path home) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String classFile = FakeService.class.getName().replace('.', '/') + ".class";
        for (Component service : Component.values()) {
            if (!service.isService()) {
                continue;
            }
            Path jar = jarPath(home, service);
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file, manifest);
                 InputStream bytes = FakeService.class.getClassLoader().getResourceAsStream(classFile)) {
                out.putNextEntry(new JarEntry(classFile));
                bytes.transferTo(out);
                out.closeEntry();
            }
        }
        return home;
    }

    /** Empty files where the jars belong: enough for the checks that run before anything starts. */
    static Path withPlaceholderJars(Path home) throws IOException {
        for (Component service : Component.values()) {
            if (service.isService()) {
                Path jar = jarPath(home, service);
                Files.createDirectories(jar.getParent());
                Files.createFile(jar);
            }
        }
        return home;
    }

    static Path jarPath(Path home, Component service) {
        return home.resolve(service.id()).resolve("target").resolve(service.id() + "-0.1.0-SNAPSHOT-exec.jar");
    }
}
