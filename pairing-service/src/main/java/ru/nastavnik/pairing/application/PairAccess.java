package ru.nastavnik.pairing.application;

import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.pairing.domain.programme.Side;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Who the caller is to a pair: its mentor, one of its mentees, the organization's curator (manages everything), or
 * a municipal curator (reads). Everyone else gets 403; a region admin sees nothing personal.
 */
@Component
public class PairAccess {

    private final Pairs pairs;

    PairAccess(Pairs pairs) {
        this.pairs = pairs;
    }

    /** The caller's standing in one pair. */
    public record Standing(Pair pair, Caller caller, boolean mentor, boolean mentee, boolean manager, boolean reader) {

        public boolean member() {
            return mentor || mentee;
        }

        public boolean editor() {
            return mentor || manager;
        }

        public Side side() {
            return mentor ? Side.MENTOR : Side.MENTEE;
        }

        public Place place() {
            return new Place(pair.regionId(), pair.municipalityId(), pair.organizationId());
        }
    }

    public Standing of(Caller caller, UUID pairId) {
        Pair pair = pairs.pair(pairId).orElseThrow(() -> ProblemException.notFound("PAIR_NOT_FOUND", "Пара не найдена."));
        Place place = new Place(pair.regionId(), pair.municipalityId(), pair.organizationId());
        UUID person = caller.personId();
        boolean mentor = person != null && person.equals(pair.mentorId());
        boolean mentee = person != null && pair.menteeIds().contains(person);
        boolean manager = caller.has(Role.SCHOOL_CURATOR) && AccessPolicy.canManagePeople(caller, place);
        boolean reader = mentor || mentee || manager || AccessPolicy.canSeePeople(caller, place);
        return new Standing(pair, caller, mentor, mentee, manager, reader);
    }

    public Standing reader(Caller caller, UUID pairId) {
        Standing standing = of(caller, pairId);
        AccessPolicy.require(standing.reader(), "Эта пара вам недоступна.");
        return standing;
    }

    public Standing editor(Caller caller, UUID pairId) {
        Standing standing = reader(caller, pairId);
        AccessPolicy.require(standing.editor(), "Программу и встречи пары ведут её наставник и куратор организации.");
        return standing;
    }

    public Standing manager(Caller caller, UUID pairId) {
        Standing standing = reader(caller, pairId);
        AccessPolicy.require(standing.manager(), "Это действие выполняет куратор организации.");
        return standing;
    }
}
