package ru.nastavnik.publication.domain;

/** One thank-you letter to a mentor: the name is used to render and never stored. */
public record ThankYouLetter(String mentorName, String organizationName, String academicYear, String signatory,
        String signatoryPosition) {
}
