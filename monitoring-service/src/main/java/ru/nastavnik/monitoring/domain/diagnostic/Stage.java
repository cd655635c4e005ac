package ru.nastavnik.monitoring.domain.diagnostic;

/** The two stages of monitoring: quarterly diagnostics (growth) and the surveys at a programme's end (quality). */
public enum Stage {
    QUARTERLY, PROGRAMME_END
}
