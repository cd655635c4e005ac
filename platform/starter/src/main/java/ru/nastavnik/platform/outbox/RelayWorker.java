package ru.nastavnik.platform.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The life of an outbox relay, whatever store its events wait in: one background thread that relays a pass, waits for
 * the poll interval or an early wake-up after a commit, backs off exponentially while Kafka does not acknowledge, and
 * never dies of an exception. A subclass only says how to relay one pass from its store (PostgreSQL rows, MongoDB
 * documents' outbox arrays).
 */
public abstract class RelayWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayWorker.class);

    /** rest: whether a pass left events behind (a full batch), so the next pass follows at once. */
    public record Pass(boolean rest, RuntimeException failure) {

        public static Pass done(boolean rest) {
            return new Pass(rest, null);
        }

        public static Pass failed(RuntimeException failure) {
            return new Pass(false, failure);
        }
    }

    protected final OutboxProperties properties;
    private final String threadName;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread worker;

    protected RelayWorker(OutboxProperties properties, String threadName) {
        this.properties = properties;
        this.threadName = threadName;
    }

    /** Relays what is pending, once; a failure to send is returned, not thrown. */
    protected abstract Pass relayPass();

    /** Called after every successful pass (housekeeping such as deleting old rows). */
    protected void afterPass() {
    }

    /** Called once the thread has stopped (e.g. to hand a lease over to another instance at once). */
    protected void afterStop() {
    }

    /** Called after a commit that wrote events. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        Duration backoff = properties.initialBackoff();
        boolean outage = false;
        while (running) {
            try {
                Pass pass = relayPass();
                if (pass.failure() != null) {
                    if (!outage) {
                        log.warn("Kafka is not acknowledging events; they stay in the outbox and are retried: {}",
                                rootMessage(pass.failure()));
                        outage = true;
                    }
                    await(backoff);
                    backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
                    continue;
                }
                if (outage) {
                    log.info("Kafka acknowledges events again; relaying the outbox backlog");
                    outage = false;
                }
                backoff = properties.initialBackoff();
                afterPass();
                if (!pass.rest()) {
                    await(properties.pollInterval());
                }
            } catch (RuntimeException e) {
                // The store may be restarting; never let the relay thread die.
                log.warn("Outbox relay failed, retrying: {}", rootMessage(e));
                await(properties.maxBackoff());
            }
        }
    }

    private void await(Duration duration) {
        lock.lock();
        try {
            if (!wakeRequested && running) {
                wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The innermost cause, by class and message: what an operator can act on, without a stack trace. */
    protected static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name(threadName).daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        afterStop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop after the web server (which stops producing new events), before Kafka's producer factory.
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
