package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;

/**
 * Cuts the text of a roadmap into a {@link RoadmapTable}. Three layouts occur:
 *
 * <ul>
 * <li>tab-separated: one table row per line, cells between tabs (a Word table saved as text); lines without a
 * tab before the table are the preamble, between rows they carry on the row above, after it they are ignored;</li>
 * <li>a cell stream: every cell starts with a tab on a line of its own and runs over several lines (a table
 * copied out of a PDF or a web page); rows start at a cell holding only a number, or when a row is as wide as the
 * header;</li>
 * <li>plain text: numbered lines «1.2. Мероприятие — до 15.09.2023 — куратор» (fields after « — », « | » or
 * «Срок:», «Ответственный:»), «Этап …» lines and upper-case lines as stages.</li>
 * </ul>
 */
public final class TextRoadmapParser {

    private static final Pattern PLAIN_ITEM = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s+(\\S.*)$");
    private static final Pattern BULLET_ITEM = Pattern.compile("^\\s*[-–—•●▪➤*]\\s+(\\S.*)$");
    private static final Pattern PLAIN_STAGE = Pattern.compile("(?iu)^\\s*(этап|раздел)(?![а-яё])\\s*(\\d+|[IVX]+)?\\s*[.:)-]?\\s*(.*)$");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[|]\\s+|\\s+[—–]\\s+|\\s+-\\s+|\\s*;\\s*(?=(?iu:срок|ответствен|исполнител))");
    private static final Pattern LABELLED = Pattern.compile("(?iu)^(сроки?|ответственн\\S*|исполнител\\S*|результат\\S*)\\s*[:—–-]\\s*(.*)$");

    private final DeadlineNormalizer deadlines = new DeadlineNormalizer();

    public RoadmapTable parse(String text) {
        String normalized = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ');
        List<String> lines = List.of(normalized.split("\n", -1));
        List<String> tabbed = lines.stream().filter(l -> l.indexOf('\t') >= 0).toList();
        if (tabbed.isEmpty()) {
            return plain(lines);
        }
        long narrow = tabbed.stream().filter(l -> nonEmptyCells(l) <= 1).count();
        if (narrow * 10 >= tabbed.size() * 9) {
            return stream(normalized);
        }
        return tabSeparated(lines);
    }

    private static long nonEmptyCells(String line) {
        long n = 0;
        for (String cell : line.split("\t", -1)) {
            if (!cell.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static RoadmapTable tabSeparated(List<String> lines) {
        List<String> preamble = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int lastTabbed = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\t') >= 0) {
                lastTabbed = i;
            }
        }
        for (int i = 0; i <= lastTabbed; i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                rows.add(new ArrayList<>(List.of(line.split("\t", -1))));
            } else if (rows.isEmpty()) {
                preamble.add(line);
            } else if (!line.isBlank()) {
                // a line break inside the last cell of the row above
                List<String> row = rows.get(rows.size() - 1);
                int last = row.size() - 1;
                while (last > 0 && row.get(last).isBlank()) {
                    last--;
                }
                row.set(last, row.get(last) + "\n" + line);
            }
        }
        return new RoadmapTable(preamble, rows);
    }

    private static RoadmapTable stream(String text) {
        int firstTab = text.indexOf('\t');
        int lineStart = text.lastIndexOf('\n', firstTab) + 1;
        List<String> preamble = List.of(text.substring(0, lineStart).split("\n"));
        String[] tokens = text.substring(firstTab + 1).split("\t", -1);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        int i = 0;
        for (; i < tokens.length && RoadmapTableReader.numberOf(tokens[i]).isEmpty(); i++) {
            header.add(tokens[i]);
        }
        if (i == tokens.length) {
            // no numbered row: a row as wide as the first line's cells
            return new RoadmapTable(preamble, List.of(List.of(tokens)));
        }
        rows.add(header);
        int width = Math.max(header.size(), 2);
        List<String> row = null;
        for (; i < tokens.length; i++) {
            String token = tokens[i];
            boolean startsRow = RoadmapTableReader.numberOf(token).isPresent() || row == null || row.size() >= width;
            if (startsRow) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(token);
        }
        return new RoadmapTable(preamble, rows);
    }

    /** Numbered (or bulleted) lines as rows of a synthesized table: №, этап, мероприятия, сроки, ответственные. */
    private RoadmapTable plain(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("№", "Этап", "Мероприятия", "Сроки", "Ответственные", "Ожидаемый результат"));
        List<String> preamble = new ArrayList<>();
        String[] current = null;
        for (String line : lines) {
            String stripped = line.strip().replace("**", "");
            Matcher item = PLAIN_ITEM.matcher(stripped);
            Matcher bullet = BULLET_ITEM.matcher(stripped);
            Matcher stage = PLAIN_STAGE.matcher(stripped);
            Matcher labelled = LABELLED.matcher(stripped);
            if (stripped.isEmpty()) {
                continue;
            }
            if (current != null && labelled.matches()) {
                String label = labelled.group(1).toLowerCase();
                int field = label.startsWith("срок") ? 3 : label.startsWith("результат") ? 5 : 4;
                current[field] = (current[field] + " " + labelled.group(2)).strip();
            } else if (stage.matches() && (stage.group(2) != null || !stage.group(3).isEmpty())
                    && stripped.length() < 150) {
                current = null;
                String name = stage.group(3).isEmpty() ? stripped : stage.group(3);
                rows.add(new ArrayList<>(List.of("", name, "", "", "", "")));
            } else if (item.matches() && !looksLikeDate(stripped)) {
                current = fields(item.group(1), item.group(2));
                rows.add(wrap(current));
            } else if (bullet.matches() && (current != null || rows.size() > 1 || !preamble.isEmpty())) {
                if (current != null && rows.size() > 1 && current[2].endsWith(":")) {
                    current[2] = current[2] + "\n- " + bullet.group(1);
                    refresh(rows, current);
                    continue;
                }
                current = fields("", bullet.group(1));
                rows.add(wrap(current));
            } else if (current == null && rows.size() == 1) {
                preamble.add(stripped);
            } else if (current == null && isUpperCase(stripped)) {
                rows.add(new ArrayList<>(List.of("", stripped, "", "", "", "")));
            } else if (current != null) {
                current[2] = current[2] + (CellText.continues(current[2], stripped) ? " " : "\n") + stripped;
                refresh(rows, current);
                continue;
            }
            if (current != null) {
                refresh(rows, current);
            }
        }
        return new RoadmapTable(preamble, rows.size() == 1 ? List.of() : rows);
    }

    private static List<String> wrap(String[] fields) {
        return new ArrayList<>(List.of(fields));
    }

    /** Keeps the last row in step with the fields being filled. */
    private static void refresh(List<List<String>> rows, String[] fields) {
        rows.set(rows.size() - 1, new ArrayList<>(List.of(fields)));
    }

    /**
     * The fields of a plain line: the activity runs up to the first part that is a deadline or is labelled
     * («Срок: …», «Ответственный: …»); the unlabelled parts after the deadline are the responsible.
     */
    private String[] fields(String number, String text) {
        String[] f = {number, "", text.strip(), "", "", ""};
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        starts.add(0);
        Matcher separator = FIELD_SEPARATOR.matcher(text);
        while (separator.find()) {
            ends.add(separator.start());
            starts.add(separator.end());
        }
        ends.add(text.length());
        int activityEnd = -1;
        boolean deadlineSeen = false;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < starts.size(); i++) {
            String part = text.substring(starts.get(i), ends.get(i)).strip();
            Matcher labelled = LABELLED.matcher(part);
            if (labelled.matches()) {
                String label = labelled.group(1).toLowerCase();
                int field = label.startsWith("срок") ? 3 : label.startsWith("результат") ? 5 : 4;
                f[field] = (f[field] + " " + labelled.group(2)).strip();
                deadlineSeen |= field == 3;
            } else if (!deadlineSeen && isDeadline(part)) {
                f[3] = part;
                deadlineSeen = true;
            } else if (deadlineSeen) {
                rest.add(part);
                continue;
            } else {
                continue;
            }
            if (activityEnd < 0) {
                activityEnd = ends.get(i - 1);
            }
        }
        if (activityEnd < 0) {
            return new String[] {number, "", text.strip(), "", "", ""};
        }
        f[2] = text.substring(0, activityEnd).strip();
        if (!rest.isEmpty()) {
            f[4] = (f[4] + " " + String.join(", ", rest)).strip();
        }
        return f;
    }

    private boolean isDeadline(String text) {
        DeadlineNormalizer.Result r = deadlines.interpret(text, new AcademicYear(2000));
        return !r.hasNote() || r.deadline().kind() != Deadline.Kind.UNSCHEDULED;
    }

    private static boolean looksLikeDate(String line) {
        return line.matches("^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}.*");
    }

    private static boolean isUpperCase(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long upper = line.codePoints().filter(Character::isUpperCase).count();
        return letters >= 5 && upper == letters;
    }
}
