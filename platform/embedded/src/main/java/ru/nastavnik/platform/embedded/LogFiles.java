package ru.nastavnik.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** Small file helpers for the servers' own log files. */
final class LogFiles {

    /** A server log beyond this size is moved aside on the next start, so a developer's machine does not fill up. */
    private static final long ROTATE_AT_BYTES = 20L * 1024 * 1024;

    private LogFiles() {
    }

    /** The last lines of a log, for exception messages; a placeholder when there is nothing to show. */
    static String tail(Path file, int lines) {
        if (file == null || !Files.isRegularFile(file)) {
            return "  (no log at " + file + ")";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        // Malformed bytes are replaced rather than failing: a server log may hold anything.
        try (Stream<String> all = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "  (log " + file + " could not be read: " + e.getMessage() + ")";
        }
        if (last.isEmpty()) {
            return "  (log " + file + " is empty)";
        }
        StringBuilder text = new StringBuilder();
        for (String line : last) {
            text.append("  | ").append(line).append('\n');
        }
        return text.toString();
    }

    static void rotateIfLarge(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > ROTATE_AT_BYTES) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Rotation is housekeeping; appending to a large log is still correct.
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Best effort: a leftover temporary file must not fail a shutdown.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Same as above.
        }
    }
}
