package ru.nastavnik.monitoring.domain.roadmap;

/** Where an item stands; DONE and CANCELLED are never overdue. */
public enum ItemStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
