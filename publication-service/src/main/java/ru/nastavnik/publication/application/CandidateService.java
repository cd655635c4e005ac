package ru.nastavnik.publication.application;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.domain.PracticeCandidate;
import ru.nastavnik.publication.domain.PracticeCandidates;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.Texts;

/**
 * Practice candidates from pairing-service's completed programmes: a programme that reached its target is
 * suggested to its organization's curator, who starts a draft from it or dismisses it.
 */
@Service
public class CandidateService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PracticeCandidates candidates;
    private final PracticeService practices;

    public CandidateService(PracticeCandidates candidates, PracticeService practices) {
        this.candidates = candidates;
        this.practices = practices;
    }

    /** Replays and duplicates suggest nothing new: the candidate is keyed by its programme. */
    public void apply(IntegrationEvent event) {
        if (event instanceof ProgrammeCompleted completed && completed.targetReached()) {
            candidates.suggest(new PracticeCandidate(completed.programmeId(), completed.pairId(),
                    completed.organizationId(), completed.municipalityId(), completed.regionId(), completed.roleModel(),
                    completed.format(), completed.completedOn(), completed.shareDone(), completed.meetingsHeld(),
                    Texts.plain(completed.resultsSummary()), PracticeCandidate.Status.SUGGESTED, null));
        }
    }

    public List<PracticeCandidate> suggested(Caller caller, UUID organizationId) {
        requireCurator(caller, organizationId);
        return candidates.of(organizationId, PracticeCandidate.Status.SUGGESTED);
    }

    /**
     * Starts a draft from the candidate. The draft's id is derived from the programme, so a retry after a failure
     * between the two writes finds the draft it already made instead of making a second one.
     */
    public PracticeState draft(Caller caller, UUID programmeId) {
        PracticeCandidate candidate = load(programmeId);
        requireCurator(caller, candidate.organizationId());
        UUID practiceId = UUID.nameUUIDFromBytes(("practice-candidate:" + programmeId).getBytes(StandardCharsets.UTF_8));
        if (candidate.status() != PracticeCandidate.Status.SUGGESTED && !practiceId.equals(candidate.practiceId())) {
            throw ProblemException.conflict("CANDIDATE_ALREADY_DECIDED", "По этому кандидату решение уже принято.");
        }
        PracticeContent content = PracticeContent.sanitized(
                "Практика наставничества (программа завершена " + DATE.format(candidate.completedOn()) + ")", "",
                candidate.form(), candidate.format(), "", List.of(), "", "",
                "<p>" + org.jsoup.nodes.Entities.escape(candidate.resultsSummary()) + "</p>"
                        + "<p>Выполнено задач плана: " + Math.round(candidate.shareDone() * 100) + " %, встреч: "
                        + candidate.meetingsHeld() + ".</p>",
                List.of(), List.of());
        PracticeState draft = practices.createFromCandidate(caller, practiceId, candidate.organizationId(), content);
        candidates.decide(programmeId, PracticeCandidate.Status.TAKEN, practiceId);
        return draft;
    }

    public void dismiss(Caller caller, UUID programmeId) {
        PracticeCandidate candidate = load(programmeId);
        requireCurator(caller, candidate.organizationId());
        if (!candidates.decide(programmeId, PracticeCandidate.Status.DISMISSED, null)) {
            throw ProblemException.conflict("CANDIDATE_ALREADY_DECIDED", "По этому кандидату решение уже принято.");
        }
    }

    private PracticeCandidate load(UUID programmeId) {
        return candidates.find(programmeId)
                .orElseThrow(() -> ProblemException.notFound("CANDIDATE_NOT_FOUND", "Кандидат в практики не найден."));
    }

    private static void requireCurator(Caller caller, UUID organizationId) {
        AccessPolicy.require(caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(organizationId),
                "Кандидатов в практики видит куратор организации.");
    }
}
