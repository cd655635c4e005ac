package ru.nastavnik.platform.testkit;

/**
 * A Kafka broker of its own that a test may stop and start again on the same address, e.g. to prove that events written
 * while Kafka is down are delivered once it is back. Obtain one from {@link TestInfrastructure#newStoppableKafka()}.
 */
public interface StoppableKafka extends AutoCloseable {

    /** The address clients use; the same before and after {@link #stop()} and {@link #start()}. */
    String bootstrapServers();

    /** Makes the broker unreachable for clients; the records it holds are kept. */
    void stop();

    /** Makes the broker reachable again at the same address with the same records; waits until it serves clients. */
    void start();

    /** Removes the broker and its data. */
    @Override
    void close();
}
