package ru.nastavnik.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The versioned CloudEvents type (ce_type) of an integration event and the topic of its producer. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** For example {@code ru.nastavnik.participant.registered.v1}; a breaking change gets a new version. */
    String value();

    /** The producing service's topic, one of {@link Topics}. */
    String topic();
}
