package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code <data>/run/pids}: the launcher and every process it started. A launcher killed with SIGKILL runs no
 * shutdown hook, so its children would keep the ports and the data files; the next start reads this file and stops
 * them. Each line is {@code <component> <pid> <start-epoch-millis>}; the start time guards against a reused pid.
 */
final class RunFile {

    static final String LAUNCHER = "launcher";
    private static final Duration GRACE = Duration.ofSeconds(20);

    record Entry(String component, long pid, long startMillis) {

        static Entry of(String component, ProcessHandle process) {
            return new Entry(component, process.pid(), RunFile.startMillis(process));
        }

        /** The live process this line describes, if it still runs and is the same process (not a reused pid). */
        Optional<ProcessHandle> liveProcess() {
            if (startMillis < 0) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> RunFile.startMillis(p) == startMillis);
        }
    }

    private final Path file;

    RunFile(Path dataDir) {
        this.file = dataDir.resolve("run").resolve("pids");
    }

    Path path() {
        return file;
    }

    static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    List<Entry> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3) {
                    try {
                        entries.add(new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                    } catch (NumberFormatException ignored) {
                        // a line we did not write; skip it
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return entries;
    }

    /** Replaces the file with the launcher's own line followed by {@code children}. */
    void write(List<Entry> children) {
        List<String> lines = new ArrayList<>();
        lines.add(format(Entry.of(LAUNCHER, ProcessHandle.current())));
        children.forEach(entry -> lines.add(format(entry)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next start copes with a leftover file
        }
    }

    private static String format(Entry entry) {
        return entry.component() + " " + entry.pid() + " " + entry.startMillis();
    }

    /**
     * Fails if another live launcher owns this data folder; otherwise stops whatever a dead launcher left running
     * (services first, then infrastructure) and returns a description of what was stopped, or empty.
     */
    Optional<String> stopLeftovers(Path dataDir) {
        List<Entry> entries = read();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Entry owner = entries.get(0);
        boolean ownerAlive = LAUNCHER.equals(owner.component()) && owner.liveProcess().isPresent();
        if (ownerAlive && owner.pid() != ProcessHandle.current().pid()) {
            throw new PlatformStartException("Another Nastavnik launcher (pid " + owner.pid()
                    + ") is already running with data folder " + dataDir
                    + " — stop it first (Ctrl-C in its terminal) or pass another --data-dir");
        }
        List<ProcessHandle> services = new ArrayList<>();
        List<ProcessHandle> infrastructure = new ArrayList<>();
        Set<String> components = new LinkedHashSet<>();
        for (Entry entry : entries.subList(1, entries.size())) {
            entry.liveProcess().ifPresent(process -> {
                boolean service = isServiceName(entry.component());
                (service ? services : infrastructure).add(process);
                components.add(entry.component());
            });
        }
        stop(services);
        stop(infrastructure);
        delete();
        if (components.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("stopped " + String.join(", ", components) + " left running by launcher pid " + owner.pid());
    }

    private static boolean isServiceName(String component) {
        try {
            return Component.byId(component).isService();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** SIGTERM to all, wait together up to the grace period, then SIGKILL the rest. */
    static int stop(List<ProcessHandle> processes) {
        if (processes.isEmpty()) {
            return 0;
        }
        processes.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timeoutOrInterrupt) {
            processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        return processes.size();
    }
}
