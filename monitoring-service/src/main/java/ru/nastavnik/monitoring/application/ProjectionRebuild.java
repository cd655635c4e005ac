package ru.nastavnik.monitoring.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.problem.ProblemException;

/**
 * Rebuilds every event-fed projection of monitoring from the topics: stop the listeners, empty the projections and
 * their processed-event ledgers in one transaction, rewind the consumer groups to the beginning, start again. The
 * projections then refill exactly as they first filled; facts fed otherwise (roadmaps, diagnostics without a
 * rebuildable projection) are kept. One rebuild at a time; it runs in the background and reports its progress.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    public enum Phase { IDLE, STOPPING, RESETTING, REWINDING, CATCHING_UP, DONE, FAILED }

    /** Where the rebuild stands; {@code remaining} is the records still to consume, null when not known. */
    public record Status(Phase phase, Instant startedAt, Instant finishedAt, Set<String> consumers, Long remaining,
            String error) {
    }

    private final List<RebuildableProjection> projections;
    private final ConsumerGroups groups;
    private final ConsumedEvents consumed;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status(Phase.IDLE, null, null, Set.of(), null, null));

    public ProjectionRebuild(List<RebuildableProjection> projections, ConsumerGroups groups, ConsumedEvents consumed,
            TransactionTemplate transactions, Clock clock) {
        this.projections = projections;
        this.groups = groups;
        this.consumed = consumed;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts a rebuild in the background; refused while one is running. */
    public Status start() {
        Set<String> consumers = consumers();
        Status current = status.get();
        Status started = new Status(Phase.STOPPING, clock.instant(), null, consumers, null, null);
        if (running(current.phase()) || !status.compareAndSet(current, started)) {
            throw ProblemException.conflict("REBUILD_RUNNING", "Перестроение показателей уже идёт.");
        }
        Thread.ofVirtual().name("monitoring-projection-rebuild").start(() -> run(started));
        return started;
    }

    /** The current state; while catching up, how many records are left, and DONE once none are. */
    public Status status() {
        Status current = status.get();
        if (current.phase() == Phase.CATCHING_UP) {
            long remaining = groups.lag(current.consumers());
            Status next = remaining == 0
                    ? new Status(Phase.DONE, current.startedAt(), clock.instant(), current.consumers(), 0L, null)
                    : new Status(Phase.CATCHING_UP, current.startedAt(), null, current.consumers(), remaining, null);
            status.compareAndSet(current, next);
            return next;
        }
        return current;
    }

    private void run(Status started) {
        Set<String> consumers = started.consumers();
        try {
            groups.stop(consumers);
            status.set(phase(started, Phase.RESETTING));
            transactions.executeWithoutResult(tx -> {
                projections.forEach(RebuildableProjection::reset);
                consumed.forget(consumers);
            });
            status.set(phase(started, Phase.REWINDING));
            groups.rewind(consumers);
            groups.start(consumers);
            status.set(phase(started, Phase.CATCHING_UP));
            log.info("Monitoring projections reset; {} consumers replay their topics", consumers.size());
        } catch (RuntimeException e) {
            log.error("Rebuilding monitoring projections failed", e);
            // Whatever happened, consumers must not stay stopped: they resume from their committed offsets.
            try {
                groups.start(consumers);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            status.set(new Status(Phase.FAILED, started.startedAt(), clock.instant(), consumers, null,
                    e.getClass().getSimpleName()));
        }
    }

    private Set<String> consumers() {
        Set<String> consumers = new TreeSet<>();
        projections.forEach(p -> consumers.addAll(p.consumerIds()));
        return Set.copyOf(consumers);
    }

    private static Status phase(Status started, Phase phase) {
        return new Status(phase, started.startedAt(), null, started.consumers(), null, null);
    }

    private static boolean running(Phase phase) {
        return phase == Phase.STOPPING || phase == Phase.RESETTING || phase == Phase.REWINDING;
    }
}
