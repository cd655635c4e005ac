package ru.nastavnik.monitoring.application;

import java.util.Set;

/** The processed-event ledger of monitoring's consumers. */
public interface ConsumedEvents {

    /** Forgets which events the consumers applied, so that replayed events are applied again. */
    void forget(Set<String> consumerIds);
}
