package ru.nastavnik.pairing.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.events.participant.QuestionnaireSubmitted;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.pairing.domain.NetworkingPreferences;
import ru.nastavnik.pairing.domain.OrganizationPlaces;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;

/** Keeps the read model of participants in step with participant-service's events. */
@Service
public class ParticipantProjection {

    /** The mentor candidate's form: «В каком формате вы готовы работать?» (format codes of MentoringFormat). */
    static final String MENTOR_FORMATS = "FORMATS";
    /** The mentee's form: «Какой формат работы с наставником вам удобнее?». */
    static final String MENTEE_FORMAT = "PREFERRED_FORMAT";
    /**
     * The mentee's answer speaks of how to meet, the mentor's of the format of mentoring: face-to-face or mixed work
     * is traditional mentoring, distance work virtual, group classes group mentoring.
     */
    static final Map<String, String> MENTEE_FORMAT_AS_FORM = Map.of("FACE_TO_FACE", "TRADITIONAL", "MIXED", "TRADITIONAL",
            "ONLINE", "VIRTUAL", "GROUP", "GROUP");

    private final EligibleParticipants participants;
    private final OrganizationPlaces places;
    private final NetworkingPreferences preferences;

    public ParticipantProjection(EligibleParticipants participants, OrganizationPlaces places,
            NetworkingPreferences preferences) {
        this.participants = participants;
        this.places = places;
        this.preferences = preferences;
    }

    public void apply(IntegrationEvent event) {
        if (event instanceof OrganizationRegistered organization) {
            places.save(organization.organizationId(), organization.municipalityId(), organization.regionId());
        }
        if (event instanceof ParticipantRegistered registered) {
            participants.save(new EligibleParticipant(registered.personId(), registered.organizationId(),
                    registered.municipalityId(), registered.regionId(), List.of(), registered.position(),
                    registered.subjects(), registered.qualificationCategory(), registered.yearsOfExperience(),
                    registered.programmeRole(), registered.status(), false));
        }
        if (event instanceof ParticipantProfileChanged changed) {
            participants.save(new EligibleParticipant(changed.personId(), changed.organizationId(),
                    changed.municipalityId(), changed.regionId(), changed.otherOrganizationIds(), changed.position(),
                    changed.subjects(), changed.qualificationCategory(), changed.yearsOfExperience(),
                    changed.programmeRole(), changed.status(), false));
        }
        if (event instanceof ProfessionalTopicsChanged topics) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            topics.topics().forEach(t -> levels.put(t.code(), t.level()));
            participants.replaceTopics(topics.personId(), topics.kind().name(), levels);
        }
        if (event instanceof QuestionnaireSubmitted form && form.purpose() == QuestionnairePurpose.NETWORKING_PREFERENCE) {
            preferences.replace(form.personId(), form.answers().stream()
                    .filter(a -> a.rankedRole() != null)
                    .flatMap(a -> a.ranked().stream().map(r -> new NetworkingPreferences.Choice(r.personId(), r.rank(), a.rankedRole())))
                    .toList());
        }
        if (event instanceof QuestionnaireSubmitted form && form.purpose() == QuestionnairePurpose.MENTOR_CANDIDATE) {
            form.answers().stream().filter(a -> MENTOR_FORMATS.equals(a.questionCode())).findFirst()
                    .ifPresent(a -> participants.setOfferedForms(form.personId(), a.choices()));
        }
        if (event instanceof QuestionnaireSubmitted form && form.purpose() == QuestionnairePurpose.MENTEE) {
            form.answers().stream().filter(a -> MENTEE_FORMAT.equals(a.questionCode()) && !a.choices().isEmpty()).findFirst()
                    .map(a -> MENTEE_FORMAT_AS_FORM.get(a.choices().getFirst()))
                    .ifPresent(format -> participants.setPreferredForm(form.personId(), format));
        }
        if (event instanceof MentorReadinessChanged readiness) {
            participants.setMentorReady(readiness.personId(), readiness.ready());
        }
        // 152-ФЗ: only consent to processing matters to pairing; name publication is publication-service's concern.
        if (event instanceof ConsentGranted granted && granted.scope() == ConsentScope.PERSONAL_DATA_PROCESSING) {
            participants.grantConsent(granted.personId());
        }
        if (event instanceof ConsentWithdrawn withdrawn && withdrawn.scope() == ConsentScope.PERSONAL_DATA_PROCESSING) {
            participants.erase(withdrawn.personId(), withdrawn.withdrawnOn());
            preferences.erase(withdrawn.personId());
        }
    }

    /** People are personal data: only those who may see the organization's people get them. */
    public List<EligibleParticipant> ofOrganization(Caller caller, UUID organizationId) {
        requireSeesPeople(caller, organizationId);
        return participants.ofOrganization(organizationId);
    }

    /** The people of the organization who consented to processing: the pool matching draws from. */
    public List<EligibleParticipant> candidatesOf(Caller caller, UUID organizationId) {
        requireSeesPeople(caller, organizationId);
        return participants.candidatesOf(organizationId);
    }

    private void requireSeesPeople(Caller caller, UUID organizationId) {
        UUID[] place = places.of(organizationId).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                "Организация ещё не известна сервису подбора пар."));
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, new Place(place[0], place[1], organizationId)),
                "Участники этой организации вам недоступны.");
    }
}
