package ru.nastavnik.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command-line tools (kubectl, docker-compose). A missing tool FAILS the test with what to install:
 * a skipped check would look like a passing one. A failing tool fails the test with its stderr.
 */
final class Tool {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Tool() {
    }

    /** The executable's path on PATH, if any. */
    static Optional<Path> find(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, executable))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    static Path require(String executable, String howToInstall) {
        return find(executable).orElseGet(() -> fail(executable + " is not on PATH (" + System.getenv("PATH")
                + "), and these tests need it: they check the deployment files with the real tool. " + howToInstall));
    }

    /** Runs the command in the repository root; returns stdout, or fails with the exit code and stderr. */
    static String run(String... command) {
        Path out = null;
        Path err = null;
        try {
            // Files, not pipes: a tool writing a lot to one stream cannot block on the other.
            out = Files.createTempFile("deployment-tests", ".out");
            err = Files.createTempFile("deployment-tests", ".err");
            Process process = new ProcessBuilder(command)
                    .directory(Repository.root().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + TIMEOUT + ":\n" + Files.readString(err));
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + stderr);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("Could not run " + String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running " + String.join(" ", command), e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is not worth failing a test for
            }
        }
    }
}
