package ru.nastavnik.monitoring.domain.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/** Rounds, their assignments and answers. */
public interface DiagnosticRounds {

    /** False when a round of the same form and quarter (or of the same programme) exists already. */
    boolean add(DiagnosticRound round, List<Assignment> assignments);

    Optional<DiagnosticRound> find(UUID roundId);

    /** The organization's rounds of a year, quarterly first by quarter, then programme ends by opening. */
    List<DiagnosticRound> ofOrganization(UUID organizationId, AcademicYear year);

    void close(UUID roundId, Instant at);

    List<Assignment> assignments(UUID roundId);

    Optional<Assignment> assignment(UUID assignmentId);

    /** Every assignment naming the person, in every round. */
    List<Assignment> ofPerson(UUID personId);

    /** Due assignments of open rounds the curators of an organization fill themselves (programme quality). */
    List<Assignment> dueForCurators(UUID organizationId);

    List<Answer> answers(UUID assignmentId);

    void submit(UUID assignmentId, List<Answer> answers, boolean enteredByCurator, BigDecimal average, Instant at);

    boolean hasAnswers(UUID formId);

    /** No longer due: the person left or withdrew consent. Returns the rounds touched. */
    List<UUID> withdrawDue(UUID personId);

    /** Drops the person id from every assignment; submitted answers stay as anonymous figures. */
    List<UUID> anonymize(UUID personId);

    /** DIAGNOSTICS_COVERAGE's figures: see {@link CoverageFigures}. */
    CoverageFigures coverage(UUID organizationId, AcademicYear year);

    /** Sum and count of scores per round and criterion, of submitted forms; of one person when personId is set. */
    List<CriterionTotal> criterionTotals(UUID organizationId, AcademicYear year, UUID personId);

    /** Per organization and round of a municipality's or region's year: expected, submitted, sum of averages. */
    List<RoundTotal> roundTotalsIn(UUID unitId, AcademicYear year);
}
