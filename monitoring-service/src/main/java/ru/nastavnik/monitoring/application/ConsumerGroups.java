package ru.nastavnik.monitoring.application;

import java.util.Set;

/** Monitoring's own Kafka listeners and their consumer groups, by listener id (which is also the group id). */
public interface ConsumerGroups {

    /** Stops the listeners and waits until their consumers have left their groups. */
    void stop(Set<String> listenerIds);

    /** Moves the groups' committed offsets to the beginning of every partition of their topics. */
    void rewind(Set<String> listenerIds);

    void start(Set<String> listenerIds);

    /** Records on the groups' topics not yet consumed by them (end offset minus committed offset, summed). */
    long lag(Set<String> listenerIds);
}
