package ru.nastavnik.publication.domain;

import java.util.List;

/** Renders the final collection and the thank-you letters as Word (and the collection also as PDF) documents. */
public interface CollectionDocuments {

    byte[] collectionDocx(FinalCollection collection);

    byte[] collectionPdf(FinalCollection collection);

    /** One letter per page. */
    byte[] lettersDocx(List<ThankYouLetter> letters);
}
