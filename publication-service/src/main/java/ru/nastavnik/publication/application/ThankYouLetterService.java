package ru.nastavnik.publication.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.publication.domain.CollectionDocuments;
import ru.nastavnik.publication.domain.MentorCompletions;
import ru.nastavnik.publication.domain.MonitoringResults;
import ru.nastavnik.publication.domain.PublishingOrganizations;
import ru.nastavnik.publication.domain.ThankYouLetter;

/**
 * Thank-you letters (благодарственные письма) to the mentors who completed a programme in an organization in an
 * academic year. Names are personal data and live only in participant-service: the portal, which may show them to the
 * curator, sends the display names of the mentors to thank; they are checked against the mentors of that year, used
 * to render and never stored or logged. Curators of the organization and of its municipality only: those who may see
 * its people.
 */
@Service
public class ThankYouLetterService {

    static final int MAX_NAME = 200;
    static final int MAX_LETTERS = 500;

    /** Markup or control characters: a letter takes plain text only. */
    private static final Pattern NOT_PLAIN = Pattern.compile("[<>\\p{Cntrl}]");

    private final PublishingOrganizations organizations;
    private final MonitoringResults results;
    private final MentorCompletions completions;
    private final CollectionDocuments documents;

    public ThankYouLetterService(PublishingOrganizations organizations, MonitoringResults results,
            MentorCompletions completions, CollectionDocuments documents) {
        this.organizations = organizations;
        this.results = results;
        this.completions = completions;
        this.documents = documents;
    }

    /** The letters to render, as the request brings them. */
    public record LettersRequest(String signatory, String signatoryPosition, Map<UUID, String> names) {
    }

    /** Ids of the mentors who completed a programme in the organization in that year. */
    public List<UUID> mentors(Caller caller, UUID organizationId, String yearText) {
        AcademicYear year = CollectionRequests.year(yearText);
        requireCurator(caller, CollectionRequests.organization(organizations, results, organizationId, year));
        return completions.mentors(organizationId, year);
    }

    /** One DOCX, a letter per page, in the order the names were given. */
    public FinalCollectionService.Document letters(Caller caller, UUID organizationId, String yearText,
            LettersRequest request) {
        AcademicYear year = CollectionRequests.year(yearText);
        CollectionRequests.Organization organization = CollectionRequests.organization(organizations, results,
                organizationId, year);
        requireCurator(caller, organization);
        LettersRequest given = request == null ? new LettersRequest(null, null, null) : request;
        List<FieldError> errors = new ArrayList<>();
        String signatory = text(given.signatory(), "signatory", errors);
        String position = text(given.signatoryPosition(), "signatoryPosition", errors);
        Map<UUID, String> names = given.names() == null ? Map.of() : given.names();
        if (names.isEmpty()) {
            errors.add(new FieldError("names", "укажите хотя бы одного наставника"));
        } else if (names.size() > MAX_LETTERS) {
            errors.add(new FieldError("names", "не более " + MAX_LETTERS + " писем за раз"));
        }
        Set<UUID> mentors = Set.copyOf(completions.mentors(organizationId, year));
        Map<UUID, String> checked = new LinkedHashMap<>();
        names.forEach((personId, name) -> {
            if (personId == null || !mentors.contains(personId)) {
                // The id only: it says which entry is wrong without repeating the name.
                errors.add(new FieldError("names." + personId,
                        "не наставник, завершивший программу в этой организации в " + year + " учебном году"));
                return;
            }
            String clean = text(name, "names." + personId, errors);
            if (clean != null) {
                checked.put(personId, clean);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<ThankYouLetter> letters = checked.values().stream()
                .map(name -> new ThankYouLetter(name, organization.name(), year.toString(), signatory, position))
                .toList();
        return new FinalCollectionService.Document(documents.lettersDocx(letters),
                "Благодарственные письма наставникам " + CollectionRequests.fileYear(year) + ".docx");
    }

    private static void requireCurator(Caller caller, CollectionRequests.Organization organization) {
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, organization.place()),
                "Благодарственные письма наставникам готовят куратор организации и муниципальный куратор.");
    }

    /** A required plain-text line of at most MAX_NAME characters, whitespace collapsed; null (with an error) otherwise. */
    private static String text(String value, String field, List<FieldError> errors) {
        String clean = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            errors.add(new FieldError(field, "обязательное поле"));
            return null;
        }
        if (clean.length() > MAX_NAME) {
            errors.add(new FieldError(field, "не длиннее " + MAX_NAME + " символов"));
            return null;
        }
        if (NOT_PLAIN.matcher(clean).find()) {
            errors.add(new FieldError(field, "только текст, без разметки"));
            return null;
        }
        return clean;
    }
}
