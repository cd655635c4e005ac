package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.DraftItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;

/**
 * Turns the rows of a roadmap table into draft items.
 *
 * <ol>
 * <li>The header row is found by its Russian words («№ п/п», «Наименование этапа», «Содержание деятельности»,
 * «Примерный план мероприятий», «Сроки», «Ответственные», «Ожидаемый результат», «Показатели эффективности»); a
 * second header row right under it refines merged headers («Ответственные» → «муниципальные» | «ОО»). Without a
 * header the columns are guessed from their contents, with a warning.</li>
 * <li>A row without a number, deadline or responsible whose text starts in lower case carries on the previous item
 * (a cell broken across two rows); a row holding nothing but a name is a stage (a section row «Организационно-
 * методическое сопровождение деятельности», or «№» and «этап» alone) that the following items belong to.</li>
 * <li>Numbers «1.», «1.1.», «1.4.1» are kept as written without the trailing dot. A row without one belongs to the
 * last numbered one and is numbered under it («1.1», «1.2»); a document without any numbers is numbered
 * 1, 2, 3…; either way {@code numberAssigned} is true. A cell holding a list «1. … 2. …» becomes sub-items.</li>
 * <li>The plan column («Примерный план мероприятий») is added to the activities; deadlines are normalized against
 * the academic year.</li>
 * </ol>
 * Everything guessed is reported in the draft's warnings (Russian).
 */
public final class RoadmapTableReader {

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:\\s*\\.\\s*\\d{1,3})*)\\s*[.)]?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?\\s+(\\S[\\s\\S]*)$|^(\\d{1,3})[.)]\\s+(\\p{Lu}[\\s\\S]*)$");
    private static final Pattern LIST_LINE = Pattern.compile("^(\\d{1,2})[.)](?![\\d])\\s*(\\S.*)$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?iu)дорожн\\S*\\s+карт|план\\S*\\s+мероприят|план\\s+работ|план\\s+реализац|программ\\S*\\s+наставничеств");
    private static final Pattern ACADEMIC_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*[-–—/]\\s*((?:19|20)\\d{2})\\s*(?:уч|гг?\\.?\\s*$)");

    private final DeadlineNormalizer deadlines = new DeadlineNormalizer();

    /** Reads the table; an empty item list means the document holds no roadmap the reader recognizes. */
    public RoadmapDraft read(RoadmapTable table, AcademicYear year, String fallbackTitle) {
        List<String> warnings = new ArrayList<>();
        List<List<String>> rows = table.rows();
        List<String> preamble = new ArrayList<>(table.preamble());

        int header = findHeader(rows);
        Column[] columns;
        String[] headerNames;
        int first;
        if (header >= 0) {
            for (int i = 0; i < header; i++) {
                preamble.add(String.join(" ", rows.get(i)));
            }
            List<String> headerRow = rows.get(header);
            headerNames = headerRow.stream().map(CellText::line).toArray(String[]::new);
            columns = new Column[headerNames.length];
            for (int i = 0; i < headerNames.length; i++) {
                columns[i] = Column.of(headerNames[i]);
            }
            first = header + 1;
            if (first < rows.size() && isSubHeader(rows.get(first))) {
                refine(columns, headerNames, rows.get(first));
                first++;
            }
        } else {
            columns = guessColumns(rows, year);
            headerNames = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                headerNames[i] = columns[i].name();
            }
            first = 0;
            if (columns.length > 0) {
                warnings.add("Заголовок таблицы не найден: назначение столбцов определено по их содержимому");
            }
        }

        String title = title(preamble);
        if (title.isEmpty()) {
            title = fallbackTitle == null ? "" : fallbackTitle;
            warnings.add("Название дорожной карты в документе не найдено: взято имя файла «" + title + "»");
        } else {
            Matcher m = ACADEMIC_IN_TITLE.matcher(title);
            if (m.find() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1
                    && Integer.parseInt(m.group(1)) != year.startYear()) {
                warnings.add("Дорожная карта составлена на " + m.group(1) + "/" + m.group(2)
                        + " учебный год, сроки без года отнесены к " + year + " учебному году");
            }
        }

        boolean hasStageColumn = has(columns, Column.STAGE);
        boolean hasNumberColumn = has(columns, Column.NUMBER);
        if (!has(columns, Column.DEADLINE) && columns.length > 0) {
            warnings.add("В таблице нет столбца сроков: пункты импортированы без даты");
        }

        List<Builder> items = new ArrayList<>();
        Set<String> written = new HashSet<>();
        String stage = "";
        String lastWritten = null;
        String lastWrittenStage = "";
        boolean shortRowsWarned = false;

        for (int r = first; r < rows.size(); r++) {
            List<String> raw = rows.get(r);
            Aligned aligned = align(raw, columns);
            if (aligned.dropped != null && !shortRowsWarned) {
                shortRowsWarned = true;
                warnings.add("В строках с " + raw.size() + " ячейками вместо " + columns.length
                        + " пропущенным считается столбец «" + headerNames[aligned.dropped] + "»");
            }
            Map<Column, String> cells = aligned.cells;
            if (cells.values().stream().noneMatch(v -> v.codePoints().anyMatch(Character::isLetterOrDigit))) {
                continue;  // blank or a «-----» separator
            }
            if (isColumnNumbering(raw) || (header >= 0 && sameRow(raw, rows.get(header)))) {
                continue;  // «1 | 2 | 3 | 4» under the header, or the header repeated on the next page
            }
            String numberCell = CellText.line(cells.getOrDefault(Column.NUMBER, ""));
            String number = number(numberCell);
            if (number == null && !numberCell.isEmpty()) {
                // text in the number column: a merged section row or a continuation
                cells.remove(Column.NUMBER);
                cells.merge(hasStageColumn ? Column.STAGE : Column.ACTIVITIES, numberCell, (a, b) -> b + "\n" + a);
            }
            if (number == null && !hasNumberColumn) {
                number = peelNumber(cells, hasStageColumn ? Column.STAGE : Column.ACTIVITIES);
                if (number == null) {
                    number = peelNumber(cells, Column.ACTIVITIES);
                }
            }
            Map<Column, String> filled = new LinkedHashMap<>();
            cells.forEach((c, v) -> {
                if (c != Column.NUMBER && !v.isBlank()) {
                    filled.put(c, v);
                }
            });
            boolean scheduled = filled.containsKey(Column.DEADLINE) || filled.containsKey(Column.RESPONSIBLE)
                    || filled.containsKey(Column.RESPONSIBLE_MUNICIPAL);
            Builder previous = items.isEmpty() ? null : items.get(items.size() - 1);

            if (number == null && !scheduled && !filled.isEmpty()) {
                String firstText = filled.values().iterator().next();
                Column only = filled.size() == 1 ? filled.keySet().iterator().next() : null;
                boolean lower = CellText.startsLowerCase(firstText);
                if (previous != null && (lower || only == Column.PLAN || only == Column.RESULT
                        || only == Column.INDICATOR || only == Column.OTHER)) {
                    previous.carryOn(filled);
                    warnings.add("Строка «" + abbreviate(CellText.line(firstText)) + "» присоединена к пункту "
                            + previous.label() + " как продолжение");
                    continue;
                }
                if (only == Column.STAGE || (only == Column.ACTIVITIES && !hasStageColumn)) {
                    stage = CellText.line(firstText);
                    continue;
                }
            }
            if (number != null && filled.size() == 1 && filled.containsKey(Column.STAGE)) {
                stage = CellText.line(filled.get(Column.STAGE));
                lastWritten = number;
                lastWrittenStage = stage;
                written.add(number);
                continue;
            }
            if (filled.isEmpty()) {
                continue;  // a number alone
            }

            String stageCell = CellText.line(filled.getOrDefault(Column.STAGE, ""));
            if (!stageCell.isEmpty()) {
                stage = stageCell;
            }
            Builder item = new Builder();
            item.stage = stage;
            for (Map.Entry<Column, String> cell : filled.entrySet()) {
                item.add(cell.getKey(), cell.getValue());
            }
            if (item.activities.isEmpty()) {
                item.activities = stageCell;
            }
            if (number != null) {
                item.number = number;
                written.add(number);
                lastWritten = number;
                lastWrittenStage = stage;
            } else {
                item.base = lastWritten != null && lastWrittenStage.equals(stage) ? lastWritten : null;
            }
            items.add(item);
        }

        number(items, written, warnings);
        List<Builder> split = splitLists(items, written, warnings);

        List<DraftItem> drafts = new ArrayList<>();
        for (Builder b : split) {
            DeadlineNormalizer.Result deadline = deadlines.interpret(b.deadline, year);
            if (deadline.hasNote()) {
                warnings.add("Пункт " + b.number + ": " + deadline.note());
            }
            drafts.add(new DraftItem(b.number, b.assigned, b.stage, b.activities, deadline.deadline(),
                    b.responsible, b.municipal, b.result, b.indicator));
        }
        return new RoadmapDraft(title, drafts, warnings);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final class Builder {
        String number;
        boolean assigned;
        String base;
        String stage = "";
        String activities = "";
        String deadline = "";
        String responsible = "";
        String municipal = "";
        String result = "";
        String indicator = "";

        void add(Column column, String raw) {
            switch (column) {
                case ACTIVITIES, PLAN, OTHER -> activities = join(activities, CellText.lines(raw), "\n");
                case DEADLINE -> deadline = join(deadline, CellText.line(raw), " ");
                case RESPONSIBLE -> responsible = join(responsible, CellText.line(raw), "; ");
                case RESPONSIBLE_MUNICIPAL -> municipal = join(municipal, CellText.line(raw), "; ");
                case RESULT -> result = join(result, CellText.lines(raw), "\n");
                case INDICATOR -> indicator = join(indicator, CellText.lines(raw), "\n");
                case STAGE, NUMBER -> { }
            }
        }

        /** The rest of a cell broken across rows. */
        void carryOn(Map<Column, String> cells) {
            cells.forEach((column, raw) -> {
                switch (column) {
                    case ACTIVITIES, PLAN, OTHER, STAGE -> activities = CellText.append(activities, CellText.lines(raw), true);
                    case DEADLINE -> deadline = CellText.append(deadline, CellText.line(raw), false);
                    case RESPONSIBLE -> responsible = CellText.append(responsible, CellText.line(raw), false);
                    case RESPONSIBLE_MUNICIPAL -> municipal = CellText.append(municipal, CellText.line(raw), false);
                    case RESULT -> result = CellText.append(result, CellText.lines(raw), true);
                    case INDICATOR -> indicator = CellText.append(indicator, CellText.lines(raw), true);
                    case NUMBER -> { }
                }
            });
        }

        String label() {
            return number != null ? number : "«" + abbreviate(activities) + "»";
        }

        Builder copy() {
            Builder b = new Builder();
            b.number = number;
            b.assigned = assigned;
            b.stage = stage;
            b.activities = activities;
            b.deadline = deadline;
            b.responsible = responsible;
            b.municipal = municipal;
            b.result = result;
            b.indicator = indicator;
            return b;
        }
    }

    private static String join(String a, String b, String separator) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + separator + b;
    }

    /** Numbers the items that have none: under the last numbered one, or 1, 2, 3… when nothing is numbered. */
    private static void number(List<Builder> items, Set<String> written, List<String> warnings) {
        List<String> assigned = new ArrayList<>();
        if (written.isEmpty()) {
            for (int i = 0; i < items.size(); i++) {
                items.get(i).number = String.valueOf(i + 1);
                items.get(i).assigned = true;
            }
            if (!items.isEmpty()) {
                warnings.add("В документе нет нумерации пунктов: пункты пронумерованы по порядку, 1–" + items.size());
            }
            return;
        }
        Set<String> taken = new HashSet<>(written);
        Map<String, Integer> counters = new HashMap<>();
        int top = written.stream().map(n -> n.split("\\.")[0]).mapToInt(Integer::parseInt).max().orElse(0);
        for (Builder item : items) {
            if (item.number != null) {
                continue;
            }
            String candidate;
            if (item.base == null) {
                do {
                    candidate = String.valueOf(++top);
                } while (taken.contains(candidate));
            } else {
                do {
                    int k = counters.merge(item.base, 1, Integer::sum);
                    candidate = item.base + "." + k;
                } while (taken.contains(candidate));
            }
            taken.add(candidate);
            item.number = candidate;
            item.assigned = true;
            assigned.add(candidate);
        }
        if (!assigned.isEmpty()) {
            warnings.add("Строки без номера пронумерованы по предыдущему пункту: " + String.join(", ", assigned));
        }
    }

    /** A cell whose activities are a numbered list «1. … 2. …» becomes one sub-item per entry. */
    private static List<Builder> splitLists(List<Builder> items, Set<String> written, List<String> warnings) {
        Set<String> taken = new HashSet<>(written);
        items.forEach(i -> taken.add(i.number));
        List<Builder> out = new ArrayList<>();
        for (Builder item : items) {
            List<String> preface = new ArrayList<>();
            List<StringBuilder> entries = new ArrayList<>();
            for (String line : item.activities.split("\n")) {
                Matcher m = LIST_LINE.matcher(line);
                if (m.matches() && Integer.parseInt(m.group(1)) == entries.size() + 1) {
                    entries.add(new StringBuilder(m.group(2).strip()));
                } else if (entries.isEmpty()) {
                    preface.add(line);
                } else {
                    entries.get(entries.size() - 1).append('\n').append(line);
                }
            }
            boolean clash = false;
            for (int k = 1; k <= entries.size(); k++) {
                clash |= taken.contains(item.number + "." + k);
            }
            if (entries.size() < 2 || clash) {
                out.add(item);
                continue;
            }
            String intro = String.join("\n", preface).strip();
            if (!intro.isEmpty()) {
                Builder parent = item.copy();
                parent.activities = intro;
                out.add(parent);
            }
            for (int k = 1; k <= entries.size(); k++) {
                Builder child = item.copy();
                child.number = item.number + "." + k;
                child.activities = entries.get(k - 1).toString();
                taken.add(child.number);
                out.add(child);
            }
            warnings.add("Нумерованный список в пункте " + item.number + " разбит на подпункты " + item.number + ".1–"
                    + item.number + "." + entries.size());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static boolean has(Column[] columns, Column wanted) {
        for (Column c : columns) {
            if (c == wanted) {
                return true;
            }
        }
        return false;
    }

    /** «1.», «1.1.», «1.4.1», «2)» → «1», «1.1», «1.4.1», «2»; null when the text is not a number. */
    static String number(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        return m.matches() ? m.group(1).replaceAll("\\s+", "") : null;
    }

    private static String peelNumber(Map<Column, String> cells, Column column) {
        String text = cells.get(column);
        if (text == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        cells.put(column, m.group(2) != null ? m.group(2) : m.group(4));
        return m.group(1) != null ? m.group(1) : m.group(3);
    }

    private static int findHeader(List<List<String>> rows) {
        for (int i = 0; i < Math.min(rows.size(), 40); i++) {
            List<String> row = rows.get(i);
            int known = 0;
            boolean content = false;
            boolean tooLong = false;
            for (String cell : row) {
                String text = CellText.line(cell);
                if (text.length() > 120) {
                    tooLong = true;
                }
                Column c = Column.of(text);
                if (c != Column.OTHER) {
                    known++;
                    content |= c == Column.ACTIVITIES || c == Column.STAGE || c == Column.DEADLINE
                            || c == Column.RESPONSIBLE || c == Column.PLAN;
                }
            }
            if (known >= 2 && content && !tooLong && (row.isEmpty() || number(CellText.line(row.get(0))) == null)) {
                return i;
            }
        }
        return -1;
    }

    /** «1 | 2 | 3 | 4 | 5»: the columns numbered under the header, as Russian forms often have them. */
    private static boolean isColumnNumbering(List<String> row) {
        int expected = 1;
        int seen = 0;
        for (String cell : row) {
            String text = CellText.line(cell);
            if (text.isEmpty()) {
                continue;
            }
            if (!text.equals(String.valueOf(expected)) && !text.equals(expected + ".")) {
                return false;
            }
            expected++;
            seen++;
        }
        return seen >= 3;
    }

    private static boolean sameRow(List<String> a, List<String> b) {
        List<String> x = a.stream().map(CellText::line).filter(t -> !t.isEmpty()).toList();
        List<String> y = b.stream().map(CellText::line).filter(t -> !t.isEmpty()).toList();
        return !x.isEmpty() && x.equals(y);
    }

    /** A second header row: short texts only, each naming a column («муниципальные», «ОО»), no number. */
    private static boolean isSubHeader(List<String> row) {
        int named = 0;
        for (String cell : row) {
            String text = CellText.line(cell);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > 40 || number(text) != null || Column.of(text) == Column.OTHER) {
                return false;
            }
            named++;
        }
        return named > 0;
    }

    private static void refine(Column[] columns, String[] names, List<String> sub) {
        String[] parents = names.clone();
        for (int i = 0; i < Math.min(columns.length, sub.size()); i++) {
            String text = CellText.line(sub.get(i));
            if (text.isEmpty()) {
                continue;
            }
            String parent = "";
            for (int j = i; j >= 0 && parent.isEmpty(); j--) {
                parent = parents[j];
            }
            Column refined = Column.of(parent + " " + text);
            columns[i] = refined == Column.OTHER ? Column.of(text) : refined;
            names[i] = (parent + " " + text).strip();
        }
    }

    private record Aligned(Map<Column, String> cells, Integer dropped) {
    }

    /** Cells by column; a short row misses an optional column (indicator, result), a long one spills into the last. */
    private static Aligned align(List<String> raw, Column[] columns) {
        List<String> cells = new ArrayList<>(raw);
        while (cells.size() > columns.length && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() > columns.length && columns.length > 0) {
            String spill = String.join(" ", cells.subList(columns.length - 1, cells.size()));
            cells = new ArrayList<>(cells.subList(0, columns.length - 1));
            cells.add(spill);
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            indexes.add(i);
        }
        Integer dropped = null;
        long nonEmpty = cells.stream().filter(c -> !c.isBlank()).count();
        if (cells.size() < columns.length && nonEmpty >= 2) {
            int missing = columns.length - cells.size();
            List<Integer> optional = new ArrayList<>();
            for (Column preferred : List.of(Column.OTHER, Column.INDICATOR, Column.RESULT)) {
                for (int i = 0; i < columns.length; i++) {
                    if (columns[i] == preferred) {
                        optional.add(i);
                    }
                }
            }
            if (optional.size() >= missing) {
                List<Integer> drop = optional.subList(0, missing);
                dropped = drop.get(0);
                indexes.removeAll(drop);
            }
        }
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        for (int i = 0; i < Math.min(cells.size(), indexes.size()); i++) {
            Column column = columns[indexes.get(i)];
            String value = cells.get(i) == null ? "" : cells.get(i);
            byColumn.merge(column, value, (a, b) -> a.isBlank() ? b : b.isBlank() ? a : a + "\n" + b);
        }
        return new Aligned(byColumn, dropped);
    }

    /** Columns of a table without a header: numbers, deadlines, the longest text, then the responsible. */
    private Column[] guessColumns(List<List<String>> rows, AcademicYear year) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        Column[] columns = new Column[width];
        java.util.Arrays.fill(columns, Column.OTHER);
        if (width == 0) {
            return columns;
        }
        int[] numbers = new int[width];
        int[] dates = new int[width];
        int[] filled = new int[width];
        long[] length = new long[width];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String text = CellText.line(row.get(i));
                if (text.isEmpty()) {
                    continue;
                }
                filled[i]++;
                length[i] += text.length();
                if (number(text) != null) {
                    numbers[i]++;
                }
                if (!deadlines.interpret(text, year).hasNote()
                        && deadlines.normalize(text, year).kind() != Deadline.Kind.UNSCHEDULED) {
                    dates[i]++;
                }
            }
        }
        for (int i = 0; i < width; i++) {
            if (filled[i] > 0 && numbers[i] * 2 > filled[i]) {
                columns[i] = Column.NUMBER;
                break;
            }
        }
        int best = -1;
        for (int i = 0; i < width; i++) {
            if (columns[i] == Column.OTHER && filled[i] > 0 && dates[i] * 2 > filled[i]
                    && (best < 0 || dates[i] > dates[best])) {
                best = i;
            }
        }
        if (best >= 0) {
            columns[best] = Column.DEADLINE;
        }
        int longest = -1;
        for (int i = 0; i < width; i++) {
            if (columns[i] == Column.OTHER && filled[i] > 0
                    && (longest < 0 || length[i] / filled[i] > length[longest] / filled[longest])) {
                longest = i;
            }
        }
        if (longest >= 0) {
            columns[longest] = Column.ACTIVITIES;
        }
        for (int i = width - 1; i >= 0; i--) {
            if (columns[i] == Column.OTHER && filled[i] > 0) {
                columns[i] = Column.RESPONSIBLE;
                break;
            }
        }
        for (int i = 0; i < width; i++) {
            if (columns[i] == Column.OTHER && filled[i] > 0) {
                columns[i] = Column.RESULT;
                break;
            }
        }
        return columns;
    }

    /**
     * The document's title: the bold block («**…**») naming a roadmap or plan, else the line naming one with the
     * lines right after it up to a blank line; empty when there is none.
     */
    static String title(List<String> preamble) {
        String text = String.join("\n", preamble);
        Matcher bold = Pattern.compile("\\*\\*([\\s\\S]+?)\\*\\*").matcher(text);
        while (bold.find()) {
            if (TITLE_WORDS.matcher(bold.group(1)).find()) {
                return CellText.line(bold.group(1));
            }
        }
        String[] lines = text.replace("**", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (TITLE_WORDS.matcher(lines[i]).find()) {
                StringBuilder title = new StringBuilder(lines[i].strip());
                for (int j = i + 1; j < lines.length && j < i + 4 && !lines[j].isBlank(); j++) {
                    title.append(' ').append(lines[j].strip());
                }
                return CellText.line(title.toString());
            }
        }
        return "";
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 57).stripTrailing() + "…";
    }

    /** Visible for the text reader: the number a cell holds, if it is one. */
    static Optional<String> numberOf(String cell) {
        return Optional.ofNullable(number(CellText.line(cell)));
    }
}
