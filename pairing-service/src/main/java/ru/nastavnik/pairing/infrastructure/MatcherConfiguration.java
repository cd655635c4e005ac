package ru.nastavnik.pairing.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nastavnik.pairing.domain.matching.Matcher;
import ru.nastavnik.pairing.domain.matching.OptimalMatching;

/** Proposals come from the exact optimum; the greedy matcher exists only as the benchmark's baseline. */
@Configuration
class MatcherConfiguration {

    @Bean
    Matcher matcher(OrToolsFlowSolver solver) {
        return new OptimalMatching(solver);
    }
}
