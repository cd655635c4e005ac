package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines of a log file, for failure messages. */
final class LogTail {

    /** At most this many bytes are read from the end, so a huge log does not stall the failure message. */
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines written at or after byte {@code fromOffset} (this run's part of an appended log). */
    static List<String> lastLines(Path file, long fromOffset, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(Math.max(0, fromOffset), length - MAX_BYTES);
            if (start >= length) {
                return List.of();
            }
            byte[] bytes = new byte[(int) (length - start)];
            raf.seek(start);
            raf.readFully(bytes);
            Deque<String> tail = new ArrayDeque<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                tail.addLast(line);
                if (tail.size() > lines) {
                    tail.removeFirst();
                }
            }
            return List.copyOf(tail);
        } catch (IOException e) {
            return List.of("(could not read " + file + ": " + e.getMessage() + ")");
        }
    }

    /**
     * The innermost "Caused by:" of this run's part of the log: a Spring Boot start-up failure ends in a stack trace
     * whose last 20 lines are frames, while the reason sits in its deepest cause.
     */
    static String rootCause(Path file, long fromOffset) {
        String cause = null;
        for (String line : lastLines(file, fromOffset, Integer.MAX_VALUE)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("Caused by: ")) {
                cause = trimmed;
            }
        }
        if (cause == null) {
            return null;
        }
        return cause.length() <= 400 ? cause : cause.substring(0, 400) + "...";
    }

    static String indented(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append("\n    ").append(line);
        }
        return text.toString();
    }
}
