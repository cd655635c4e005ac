package ru.nastavnik.monitoring.domain.roadmap;

/**
 * One item of a roadmap as read from a document, before it becomes part of a roadmap.
 *
 * @param number                 hierarchical number «1», «1.4», «1.4.1» (as written, without a trailing dot, or
 *                               assigned in reading order when the document has none)
 * @param numberAssigned         true when the document had no number and the reader assigned one
 * @param stage                  the stage (этап) the item belongs to, when the document names it
 * @param activities             what is to be done (содержание деятельности, мероприятия), as plain text
 * @param deadline               the normalized deadline with its original text
 * @param responsible            responsible executors in the organization (or the only responsible column)
 * @param responsibleMunicipal   the municipal column of a municipal roadmap (seed 003), else empty
 * @param expectedResult         expected result or document, else empty
 * @param indicator              the effectiveness indicator as written, else empty
 */
public record DraftItem(String number, boolean numberAssigned, String stage, String activities, Deadline deadline,
        String responsible, String responsibleMunicipal, String expectedResult, String indicator) {

    /** 1 for «1», 2 for «1.4», 3 for «1.4.1». */
    public int depth() {
        return number.split("\\.").length;
    }

    /** «1.4» for «1.4.1»; empty for a top-level item. */
    public String parentNumber() {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? "" : number.substring(0, dot);
    }
}
