package ru.nastavnik.monitoring.benchmark;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Runs the monitoring benchmarks named on the command line ({@code ingest,dashboard}) one after another, each in
 * this JVM: {@code ingest} is {@code IngestBenchmark}, {@code dashboard} is {@code DashboardBenchmark}. Started by the
 * {@code benchmark} Maven profile; figures go to standard output and into the README by hand.
 */
public final class MonitoringBenchmarks {

    private MonitoringBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String names = args.length == 0 ? "ingest,dashboard" : args[0];
        for (String name : names.split(",")) {
            String simple = Character.toUpperCase(name.strip().charAt(0)) + name.strip().substring(1).toLowerCase(Locale.ROOT);
            Class<?> benchmark = Class.forName(MonitoringBenchmarks.class.getPackageName() + "." + simple + "Benchmark");
            Method main = benchmark.getMethod("main", String[].class);
            System.out.printf("%n=== %s ===%n", benchmark.getSimpleName());
            main.invoke(null, (Object) new String[0]);
        }
        // Embedded servers leave non-daemon threads behind; the figures are printed, so end the JVM.
        System.exit(0);
    }
}
