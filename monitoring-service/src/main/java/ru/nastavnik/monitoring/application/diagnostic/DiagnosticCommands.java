package ru.nastavnik.monitoring.application.diagnostic;

import java.util.List;
import java.util.Map;

/** Request bodies; strings, so every bad value becomes a per-field error in Russian rather than a parse failure. */
public final class DiagnosticCommands {

    private DiagnosticCommands() {
    }

    public record FormInput(String kind, String title, List<CriterionInput> criteria) {
    }

    public record CriterionInput(String code, String title, String scale) {
    }

    public record OpenRound(String academicYear, Integer quarter, String formKind) {
    }

    public record Answers(Map<String, Integer> scores) {
    }
}
