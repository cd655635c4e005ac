package ru.nastavnik.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Retry of a failing event handler before its record is dead-lettered ({@code nastavnik.consumer.retry.*}). */
@ConfigurationProperties("nastavnik.consumer.retry")
public record ConsumerRetryProperties(
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("5s") Duration maxInterval,
        @DefaultValue("5") int maxAttempts) {
}
