package ru.nastavnik.monitoring.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the nightly ROADMAP_ON_TIME recomputation and the cleanup of unconfirmed roadmap imports. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RoadmapScheduling {
}
