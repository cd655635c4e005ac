package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.Set;

/** Fills the DOCX template of the order and renders the result as DOCX or PDF. */
public interface OrderDocuments {

    /** Placeholders every template must contain; the row ones inside one table row. */
    Set<String> REQUIRED = Set.of("{{номер}}", "{{дата}}", "{{организация}}", "{{куратор}}", "{{наставник}}",
            "{{наставляемые}}", "{{форма}}", "{{начало}}", "{{окончание}}");

    Set<String> ROW = Set.of("{{наставник}}", "{{наставляемые}}", "{{форма}}", "{{начало}}", "{{окончание}}");

    /** One row of the order's list: names, the form in Russian, dates as dd.MM.yyyy. */
    record Row(String mentor, String mentees, String form, String startsOn, String endsOn) {
    }

    /** Everything the document says, already in Russian. */
    record Content(String number, String date, String organization, String title, String curator, List<Row> rows) {
    }

    /** The default template shipped with the service. */
    byte[] defaultTemplate();

    /** What is wrong with an uploaded template (not a DOCX, placeholders missing), empty if it is fine. */
    List<String> problemsOf(byte[] template);

    byte[] docx(byte[] template, Content content);

    byte[] pdf(byte[] template, Content content);
}
