package ru.nastavnik.platform.testkit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A value created on first use, once, with its own lock: starting Kafka must not hold up a caller waiting for PostgreSQL. */
final class Lazy<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = factory.get();
                    value = current;
                }
            }
        }
        return current;
    }

    /** Runs the action on the value if it was ever created. */
    synchronized void ifCreated(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
