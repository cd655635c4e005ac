package ru.nastavnik.pairing.application;

import java.util.List;
import java.util.UUID;

/** What callers send to change a programme; every change names the version it was made on. */
public final class ProgrammeCommands {

    private ProgrammeCommands() {
    }

    /** A task as edited: {@code id} null for a new one. */
    public record TaskInput(UUID id, String title, String deadline, String expectedResult) {
    }

    /** The whole plan: goals in order and tasks in order. {@code version} is ignored on creation. */
    public record Plan(Integer version, List<String> goals, List<TaskInput> tasks) {
    }

    public record AddTask(Integer version, String title, String deadline, String expectedResult) {
    }

    public record Versioned(Integer version) {
    }

    public record Approve(Integer version, String orderNumber, String orderDate) {
    }

    public record Assess(Integer version, Integer score, String text) {
    }

    public record Complete(Integer version, String resultsSummary) {
    }
}
