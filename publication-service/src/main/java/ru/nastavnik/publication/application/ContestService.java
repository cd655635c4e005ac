package ru.nastavnik.publication.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.domain.Contest;
import ru.nastavnik.publication.domain.Contests;
import ru.nastavnik.publication.domain.RuleViolation;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.Practices;

/**
 * Contests of best practices. A municipal curator runs its municipality's contests, the regional institute the
 * region's; school curators enter their accepted practices; jurors (by login) score; the organizer closes.
 */
@Service
public class ContestService {

    private final Contests contests;
    private final Practices practices;
    private final Clock clock;

    public ContestService(Contests contests, Practices practices, Clock clock) {
        this.contests = contests;
        this.practices = practices;
        this.clock = clock;
    }

    public Contest announce(Caller caller, String name, List<String> nominations, List<String> jury) {
        UUID municipality;
        if (caller.has(Role.REGION_ADMIN)) {
            municipality = null;
        } else if (caller.has(Role.MUNICIPAL_CURATOR) && caller.municipalityId() != null) {
            municipality = caller.municipalityId();
        } else {
            throw AccessPolicy.forbidden("Конкурс объявляет муниципальный куратор или региональный институт.");
        }
        Contest contest = rules(() -> Contest.announce(UUID.randomUUID(), caller.regionId(), municipality, name,
                nominations, jury, clock.instant()));
        contests.insert(contest);
        return contest;
    }

    public Contest get(Caller caller, UUID id) {
        Contest contest = load(id);
        AccessPolicy.require(Objects.equals(caller.regionId(), contest.regionId()), "Конкурс другого региона недоступен.");
        return contest;
    }

    public List<Contest> ofRegion(Caller caller) {
        return contests.ofRegion(caller.regionId());
    }

    public Contest enter(Caller caller, UUID id, UUID practiceId, UUID nominationId) {
        if (practiceId == null || nominationId == null) {
            throw ProblemException.invalid(List.of(new Problems.FieldError(practiceId == null ? "practiceId" : "nominationId",
                    "обязательное поле")));
        }
        PracticeState practice = practices.find(practiceId)
                .orElseThrow(() -> ProblemException.notFound("PRACTICE_NOT_FOUND", "Практика не найдена.")).state();
        AccessPolicy.require(PracticeAccess.actsAt(caller, ru.nastavnik.publication.domain.BankLevel.ORGANIZATION, practice),
                "Заявку подаёт куратор организации — автора практики.");
        return change(id, contest -> contest.enter(UUID.randomUUID(), nominationId, practice, clock.instant()));
    }

    public Contest startJudging(Caller caller, UUID id) {
        requireOrganizer(caller, load(id));
        return change(id, contest -> contest.startJudging(clock.instant()));
    }

    public Contest score(Caller caller, UUID id, UUID entryId, Integer score) {
        Contest contest = get(caller, id);
        AccessPolicy.require(contest.isJuror(caller.username()), "Оценки выставляют только члены жюри конкурса.");
        if (score == null || entryId == null) {
            throw ProblemException.invalid(List.of(new Problems.FieldError(score == null ? "score" : "entryId", "обязательное поле")));
        }
        return change(id, c -> c.score(caller.username(), entryId, score, clock.instant()));
    }

    public Contest close(Caller caller, UUID id) {
        requireOrganizer(caller, load(id));
        return change(id, contest -> contest.close(clock.instant()));
    }

    private Contest change(UUID id, UnaryOperator<Contest> change) {
        Contest current = load(id);
        Contest changed = rules(() -> change.apply(current));
        if (!contests.update(changed, current.version())) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION",
                    "Конкурс уже изменён другим пользователем. Обновите данные и повторите действие.");
        }
        return changed;
    }

    private static void requireOrganizer(Caller caller, Contest contest) {
        boolean organizer = Objects.equals(caller.regionId(), contest.regionId()) && (contest.municipalityId() == null
                ? caller.has(Role.REGION_ADMIN)
                : caller.has(Role.MUNICIPAL_CURATOR) && contest.municipalityId().equals(caller.municipalityId()));
        AccessPolicy.require(organizer, "Этапы конкурса переключает его организатор.");
    }

    private Contest load(UUID id) {
        return contests.find(id).orElseThrow(() -> ProblemException.notFound("CONTEST_NOT_FOUND", "Конкурс не найден."));
    }

    private static <T> T rules(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleViolation violation) {
            if (violation.field() != null) {
                throw ProblemException.invalid(List.of(new Problems.FieldError(violation.field(), violation.getMessage())));
            }
            throw ProblemException.conflict(violation.code(), violation.getMessage());
        }
    }
}
