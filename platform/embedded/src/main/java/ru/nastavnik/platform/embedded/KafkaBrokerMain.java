package ru.nastavnik.platform.embedded;

import java.io.IOException;

/**
 * Entry point of the broker's child JVM: Kafka's own {@code kafka.Kafka}, plus a watchdog that ends the broker when the
 * JVM that started it dies. The parent holds the write end of our stdin; the operating system closes it whenever the
 * parent exits, even on SIGKILL, where the parent's shutdown hook never runs. Reading end-of-file then triggers a normal
 * exit, and Kafka's own shutdown hook shuts the broker down cleanly.
 */
public final class KafkaBrokerMain {

    /** Set by {@link KafkaBroker} only, so that running this class by hand with a closed stdin does not exit at once. */
    static final String EXIT_WITH_PARENT_PROPERTY = "nastavnik.kafka.exit-with-parent";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean(EXIT_WITH_PARENT_PROPERTY)) {
            Thread watchdog = new Thread(KafkaBrokerMain::exitWhenParentDies, "nastavnik-parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        kafka.Kafka.main(args);
    }

    private static void exitWhenParentDies() {
        try {
            while (System.in.read() != -1) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end-of-file: the parent is gone.
        }
        System.err.println("Nastavnik: the JVM that started this broker has exited; shutting the broker down.");
        System.exit(0);
    }
}
