package ru.nastavnik.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Tuning of the outbox relay ({@code nastavnik.outbox.*}). */
@ConfigurationProperties("nastavnik.outbox")
public record OutboxProperties(
        @DefaultValue("200") int batchSize,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("1d") Duration retention) {
}
