package ru.nastavnik.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Start-up time and resident memory of every process of a running platform, as a small table. */
final class Benchmark {

    private static final double MIB = 1024.0 * 1024.0;

    private Benchmark() {
    }

    record Row(String component, int processes, long residentBytes, long proportionalBytes, Instant readyAt) {
    }

    static List<Row> measure(Platform platform, Map<String, Instant> readyTimes) {
        return platform.processes().entrySet().stream()
                .map(entry -> {
                    long rss = 0;
                    long pss = 0;
                    for (ProcessHandle process : entry.getValue()) {
                        rss += ProcessInspector.residentBytes(process.pid()).orElse(0);
                        pss += ProcessInspector.proportionalBytes(process.pid()).orElse(0);
                    }
                    return new Row(entry.getKey(), entry.getValue().size(), rss, pss, readyTimes.get(entry.getKey()));
                })
                .toList();
    }

    static void print(PrintStream out, Instant origin, Instant allReady, List<Row> rows) {
        double startup = Duration.between(origin, allReady).toMillis() / 1000.0;
        long total = rows.stream().mapToLong(Row::residentBytes).sum();
        long totalProportional = rows.stream().mapToLong(Row::proportionalBytes).sum();
        int processes = rows.stream().mapToInt(Row::processes).sum();
        out.println();
        out.println(String.format(Locale.ROOT, "Start-up: %.1f s from launcher start to all healthy", startup));
        out.println(String.format(Locale.ROOT, "%-22s %9s %10s %10s %10s", "component", "ready at", "processes",
                "RSS MiB", "PSS MiB"));
        for (Row row : rows) {
            String ready = row.readyAt() == null ? "-"
                    : String.format(Locale.ROOT, "%.1fs", Duration.between(origin, row.readyAt()).toMillis() / 1000.0);
            String name = RunFile.LAUNCHER.equals(row.component()) ? "launcher (+mongodb)" : row.component();
            out.println(String.format(Locale.ROOT, "%-22s %9s %10d %10.1f %10.1f", name, ready, row.processes(),
                    row.residentBytes() / MIB, row.proportionalBytes() / MIB));
        }
        out.println(String.format(Locale.ROOT, "%-22s %9s %10d %10.1f %10.1f", "total", "", processes, total / MIB,
                totalProportional / MIB));
        if (!ProcessInspector.available()) {
            out.println("(memory unknown: /proc is not available on this system)");
        } else {
            out.println("(RSS: VmRSS summed over processes, so pages shared between processes, e.g. PostgreSQL's shared"
                    + " buffers, count once per process; PSS divides them among their sharers)");
        }
        // One line for scripts that track the figures over time.
        out.println(String.format(Locale.ROOT,
                "BENCHMARK startup_seconds=%.1f rss_total_mib=%.0f pss_total_mib=%.0f processes=%d",
                startup, total / MIB, totalProportional / MIB, processes));
        out.flush();
    }
}
