package ru.nastavnik.publication.application;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.publication.domain.MentorCompletion;
import ru.nastavnik.publication.domain.MentorCompletions;

/**
 * The mentors who completed a programme, by organization and year, for thank-you letters: every completion counts
 * (also one that missed its target — the mentor still did the work). Any consent withdrawn drops the person; a renewed
 * consent to processing lets later completions count again.
 */
@Service
public class MentorCompletionsProjection {

    private final MentorCompletions completions;

    public MentorCompletionsProjection(MentorCompletions completions) {
        this.completions = completions;
    }

    public void apply(IntegrationEvent event) {
        switch (event) {
            case ProgrammeCompleted c when c.mentorId() != null -> completions.record(new MentorCompletion(c.programmeId(),
                    c.mentorId(), c.organizationId(), c.municipalityId(), c.regionId(), c.completedOn()));
            case ConsentWithdrawn w -> completions.forget(w.personId());
            case ConsentGranted g when g.scope() == ConsentScope.PERSONAL_DATA_PROCESSING -> completions.remember(g.personId());
            default -> {
                // Nothing else bears on the letters.
            }
        }
    }
}
