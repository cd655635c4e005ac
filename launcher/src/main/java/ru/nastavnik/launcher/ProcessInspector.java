package ru.nastavnik.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** What Linux's /proc tells about processes; everything degrades to "unknown" elsewhere. */
final class ProcessInspector {

    private static final Path PROC = Path.of("/proc");

    private ProcessInspector() {
    }

    static boolean available() {
        return Files.isDirectory(PROC.resolve("self"));
    }

    /** Resident memory in bytes (VmRSS), if known. */
    static OptionalLong residentBytes(long pid) {
        return kilobytesField(pid, "status", "VmRSS:");
    }

    /**
     * Proportional set size in bytes: resident memory with each shared page divided among the processes sharing it,
     * so that a sum over PostgreSQL's many backends does not count its shared buffers dozens of times.
     */
    static OptionalLong proportionalBytes(long pid) {
        return kilobytesField(pid, "smaps_rollup", "Pss:");
    }

    private static OptionalLong kilobytesField(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve(file))) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, /proc is not there, or we may not read it
        }
        return OptionalLong.empty();
    }

    /** The command line with arguments joined by spaces, or "" if unknown. */
    static String commandLine(long pid) {
        try {
            byte[] bytes = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            return new String(bytes, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * PostgreSQL server processes (postmasters) whose command line names {@code dataDirectory}. pg_ctl detaches the
     * postmaster, so it is not a child of the launcher and must be found this way; its backends are its descendants.
     */
    static List<ProcessHandle> postmastersOf(Path dataDirectory) {
        List<ProcessHandle> found = new ArrayList<>();
        if (!available()) {
            return found;
        }
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                String commandLine = commandLine(pid);
                if (isPostmasterFor(commandLine, directory)) {
                    ProcessHandle.of(pid).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // /proc changed under us; return what was found
        }
        return found;
    }

    static boolean isPostmasterFor(String commandLine, String directory) {
        if (commandLine.isEmpty()) {
            return false;
        }
        String executable = commandLine.split(" ", 2)[0];
        if (!executable.endsWith("/postgres") && !executable.equals("postgres")) {
            return false;
        }
        // "-D <dir>", "-D<dir>" or quoted; the directory itself or a subdirectory, not a sibling with a longer name
        return Pattern.compile("(\\s|-D|\")" + Pattern.quote(directory) + "(/|\\s|\"|$)")
                .matcher(commandLine).find();
    }
}
