package ru.nastavnik.monitoring.domain.diagnostic;

/** A score 1–10 given to one criterion. */
public record Answer(String criterionCode, Scale scale, int score) {
}
