package ru.nastavnik.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository under test: the parent directory of this module (Maven runs tests in the module's directory). */
final class Repository {

    private static final Path ROOT = locate();

    private Repository() {
    }

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        Path file = path(relative);
        assertTrue(Files.isRegularFile(file), relative + " does not exist (looked in " + ROOT + ")");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        // Surefire sets basedir to the module directory; user.dir is the same when Maven runs the tests.
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("k8s"))) {
            throw new IllegalStateException("Expected the repository root (pom.xml, k8s/) above the module directory "
                    + module + "; run the tests from deployment-tests/");
        }
        return root;
    }
}
