package ru.nastavnik.pairing.domain.programme;

/**
 * How much of a programme is done: done tasks of all tasks, and whether that reaches the seeds' indicator (individual
 * plans fulfilled at least 90 %).
 */
public record Progress(int done, int total, double share, double target, boolean targetReached) {

    public static final double TARGET = 0.9;

    public static Progress of(int done, int total) {
        double share = total == 0 ? 0.0 : Math.round(10000.0 * done / total) / 10000.0;
        return new Progress(done, total, share, TARGET, total > 0 && done * 10 >= total * 9);
    }
}
