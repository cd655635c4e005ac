package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Kind;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Recurrence;

/**
 * Turns a deadline as people write it in a roadmap into a {@link Deadline}, against the academic year the roadmap
 * is for (September to August), always keeping the original text.
 *
 * <ul>
 * <li>a day: «До 15.09.2023», «15 сентября», «не позднее 01.10» → {@code DATE};</li>
 * <li>a month or a period: «сентябрь», «Май-июнь», «Июль – август 2021 г.», «2021-2024 гг.», «I полугодие»,
 * «2023-2024 учебный год», «В течение учебного года», «В течение всего периода реализации ПН», «постоянно» →
 * {@code RANGE};</li>
 * <li>a repetition: «ежегодно», «Сентябрь. Ежегодно», «Октябрь 2021, ежегодно», «1 раз в квартал»,
 * «ежемесячно», «еженедельно» → {@code RECURRING}, the window being the occurrence in the academic year (never
 * before a start the text states) or, without a period, the whole academic year;</li>
 * <li>«По отдельному графику», «по мере необходимости», an empty or unrecognized text → {@code UNSCHEDULED}.</li>
 * </ul>
 *
 * A month without a year is placed inside the academic year (September–December in its first calendar year,
 * January–August in the second); the months of a range follow one another («октябрь-май» runs into the next
 * calendar year); a year written in the text wins («Май-октябрь 2021 г.» is 2021 whatever the academic year).
 * Calendar years («2021-2024 гг.») are calendar years; two consecutive years called «учебный год» are an academic
 * year. Pure Java, no framework.
 */
public final class DeadlineNormalizer {

    /** The deadline and, when something was guessed or not understood, a note in Russian for the curator. */
    public record Result(Deadline deadline, String note) {

        public boolean hasNote() {
            return note != null && !note.isBlank();
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Month stems by month number; every case form («сентябрь», «сентября», «сентябре») and the abbreviations. */
    private static final String MONTH = "(январ[а-я]*|янв\\.?|феврал[а-я]*|февр?\\.?|март[а-я]*|мар\\.?|апрел[а-я]*|апр\\.?"
            + "|ма[йяею]|маем|июн[а-я]*|июл[а-я]*|август[а-я]*|авг\\.?|сентябр[а-я]*|сент?\\.?|октябр[а-я]*|окт\\.?"
            + "|ноябр[а-я]*|нояб?\\.?|декабр[а-я]*|дек\\.?)(?![а-яё])";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern TOKEN = Pattern.compile(
            // 1-3: 15.09.2023, 15.09.23, 15.09
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?(?![\\d])"
            // 4-7: «с 1 по 15 сентября 2023», «1-15 сентября»
            + "|(?<![\\d.])(\\d{1,2})\\s*(?:-|по|до)\\s*(\\d{1,2})\\s+" + MONTH + "(?:\\s*" + YEAR + ")?"
            // 8-10: «15 сентября 2023»
            + "|(?<![\\d.])(\\d{1,2})\\s+" + MONTH + "(?:\\s*" + YEAR + ")?"
            // 11-12: «сентябрь 2023», «сентябрь»
            + "|(?<![а-яё])" + MONTH + "(?:\\s*" + YEAR + "(?!\\d))?"
            // 13-14: «I полугодие», «второе полугодие 2023»
            + "|(?<![а-яё])(i{1,2}|[12]|перв[а-я]*|втор[а-я]*)\\s*(?:-?[еоя]{1,2}\\s*)?полугоди[а-я]*(?:\\s*" + YEAR + ")?"
            // 16-17: «I квартал», «4 квартал 2023»
            + "|(?<![а-яё])(iv|i{1,3}|[1-4])\\s*(?:-?[йгм]{1,2}\\s*)?квартал[а-я]*(?:\\s*" + YEAR + ")?"
            // 18: seasons
            + "|(?<![а-яё])(осен[а-я]*|весн[а-я]*|зим[аоуые]й?|лет[оау]м?)(?![а-яё])"
            // 19: a bare year
            + "|(?<![\\d.])" + YEAR + "(?![\\d.])", FLAGS);

    private static final Pattern RECURRENCE_YEARLY = Pattern.compile(
            "ежегодн[а-я]*|каждый\\s+год|(?:1|один)?\\s*раз\\s+в\\s+год(?![а-я])", FLAGS);
    private static final Pattern RECURRENCE_HALF = Pattern.compile(
            "(?:1|один)?\\s*раз\\s+в\\s+(?:полугодие|полгода)|(?:2|два)\\s+раза\\s+в\\s+год|каждое\\s+полугодие"
                    + "|по\\s+полугодиям", FLAGS);
    private static final Pattern RECURRENCE_QUARTERLY = Pattern.compile(
            "ежекварталь[а-я]*|(?:1|один)?\\s*раз\\s+в\\s+(?:квартал|четверть)|каждый\\s+квартал|каждую\\s+четверть"
                    + "|поквартально|по\\s+четвертям|по\\s+итогам\\s+(?:каждой\\s+)?четверти", FLAGS);
    private static final Pattern RECURRENCE_MONTHLY = Pattern.compile(
            "ежемесячн[а-я]*|(?:1|один)?\\s*раз\\s+в\\s+месяц|каждый\\s+месяц|помесячно", FLAGS);
    private static final Pattern RECURRENCE_WEEKLY = Pattern.compile(
            "еженедельн[а-я]*|(?:1|один)?\\s*раз\\s+в\\s+неделю|каждую\\s+неделю|ежедневн[а-я]*"
                    + "|кажд(?:ый|ую|ое)\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу)", FLAGS);

    private static final Pattern UNSCHEDULED = Pattern.compile(
            "по\\s+отдельному\\s+(?:графику|плану)|по\\s+графику|по\\s+мере\\s+(?:необходимости|поступления)"
                    + "|по\\s+необходимости|по\\s+запросу|по\\s+согласованию|по\\s+плану|по\\s+приказу"
                    + "|по\\s+положению|по\\s+распоряжению", FLAGS);
    private static final Pattern WHOLE_PERIOD = Pattern.compile(
            "(?:в\\s+течени[еяи]|на\\s+протяжении)\\s+(?:всего\\s+|всей\\s+)?(?:учебного\\s+|календарного\\s+)?(?:года|периода|срока|реализации|программы|работы|уч)|весь\\s+период|всего\\s+периода|постоянно|систематически|регулярно"
                    + "|в\\s+период\\s+реализации|круглогодично|весь\\s+(?:учебный\\s+)?год", FLAGS);
    private static final Pattern YEAR_START = Pattern.compile("начал[оеа]\\s+(?:учебного\\s+)?года", FLAGS);
    private static final Pattern YEAR_END = Pattern.compile(
            "(?:конец|конце|окончани[ея]|по\\s+итогам|итоги)\\s+(?:учебного\\s+)?года", FLAGS);
    private static final Pattern BY = Pattern.compile(
            "(?:^|[\\s(])(?:до|не\\s+позднее|не\\s+позже|к|в\\s+срок\\s+до|срок\\s*[:-]?\\s*до)\\s*(?:конца\\s+)?$", FLAGS);
    private static final Pattern END_OF = Pattern.compile("(?:конец|конце|до\\s+конца)\\s*$", FLAGS);
    private static final Pattern ACADEMIC = Pattern.compile("уч(?:ебн[а-я]*|\\.)|/", FLAGS);

    public Deadline normalize(String text, AcademicYear year) {
        return interpret(text, year).deadline();
    }

    public Result interpret(String text, AcademicYear year) {
        String original = text == null ? "" : text.strip();
        if (original.isEmpty()) {
            return new Result(Deadline.unscheduled(""), null);
        }
        String s = simplify(original);

        Recurrence recurrence = Recurrence.NONE;
        String note = null;
        Matcher r;
        if ((r = RECURRENCE_HALF.matcher(s)).find()) {
            recurrence = Recurrence.QUARTERLY;
            note = "Периодичность «раз в полугодие» записана как ежеквартальная (ближайшая из поддерживаемых)";
        } else if ((r = RECURRENCE_QUARTERLY.matcher(s)).find()) {
            recurrence = Recurrence.QUARTERLY;
        } else if ((r = RECURRENCE_MONTHLY.matcher(s)).find()) {
            recurrence = Recurrence.MONTHLY;
        } else if ((r = RECURRENCE_WEEKLY.matcher(s)).find()) {
            recurrence = Recurrence.WEEKLY;
            if (r.group().startsWith("ежедневн")) {
                note = "Ежедневная периодичность записана как еженедельная (ближайшая из поддерживаемых)";
            }
        } else if ((r = RECURRENCE_YEARLY.matcher(s)).find()) {
            recurrence = Recurrence.YEARLY;
        }
        String rest = recurrence == Recurrence.NONE ? s : s.substring(0, r.start()) + " " + s.substring(r.end());

        Period period = period(rest, year);
        if (period == null && YEAR_START.matcher(rest).find()) {
            period = Period.month(YearMonth.of(year.startYear(), 9), false);
        } else if (period == null && YEAR_END.matcher(rest).find()) {
            period = Period.month(YearMonth.of(year.startYear() + 1, 5), false);
        }

        if (recurrence != Recurrence.NONE) {
            Period window = period == null ? Period.of(year.firstDay(), year.lastDay(), false) : period;
            if (recurrence == Recurrence.YEARLY && period != null) {
                window = intoYear(period, year);
            }
            return new Result(new Deadline(original, Kind.RECURRING, window.from, window.to, recurrence), note);
        }
        if (period != null) {
            Kind kind = period.day && period.from.equals(period.to) ? Kind.DATE : Kind.RANGE;
            return new Result(new Deadline(original, kind, period.from, period.to, Recurrence.NONE),
                    period.note == null ? note : period.note);
        }
        if (UNSCHEDULED.matcher(s).find()) {
            return new Result(Deadline.unscheduled(original), null);
        }
        if (WHOLE_PERIOD.matcher(s).find()) {
            return new Result(new Deadline(original, Kind.RANGE, year.firstDay(), year.lastDay(), Recurrence.NONE), null);
        }
        return new Result(Deadline.unscheduled(original), "Срок «" + original + "» не распознан: пункт без даты");
    }

    /** Lower case, «ё» as «е», every dash as «-», no non-breaking spaces, no «г.»/«гг.» after years. */
    static String simplify(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\u2010-\\u2015\\u2212\\u00AD]", "-")
                .replaceAll("[\\u00A0\\u2007\\u202F\\s]+", " ");
        s = s.replaceAll("((?:19|20)\\d{2})\\s*(?:гг|г|года|год)(?![а-я])\\.?", "$1 ");
        return s.strip();
    }

    /** The occurrence of a yearly window in the given academic year, never before the first one the text states. */
    private static Period intoYear(Period period, AcademicYear year) {
        if (ChronoUnit.DAYS.between(period.from, period.to) > 366) {
            LocalDate from = period.from.isBefore(year.firstDay()) ? year.firstDay() : period.from;
            LocalDate to = period.to.isAfter(year.lastDay()) ? year.lastDay() : period.to;
            return from.isAfter(to) ? period : Period.of(from, to, false);
        }
        int shift = year.startYear() - AcademicYear.of(period.from).startYear();
        if (shift <= 0 || !period.explicitYear) {
            return period;
        }
        return Period.of(plusYears(period.from, shift, false), plusYears(period.to, shift, true), period.day);
    }

    private static LocalDate plusYears(LocalDate date, int years, boolean endOfMonth) {
        LocalDate moved = date.plusYears(years);
        return endOfMonth && date.getDayOfMonth() == date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A span the text names; {@code day} when it is a day (or days), {@code explicitYear} when a year was written. */
    private record Period(LocalDate from, LocalDate to, boolean day, boolean explicitYear, String note) {

        static Period of(LocalDate from, LocalDate to, boolean day) {
            return new Period(from, to, day, false, null);
        }

        static Period month(YearMonth month, boolean explicitYear) {
            return new Period(month.atDay(1), month.atEndOfMonth(), false, explicitYear, null);
        }
    }

    /** A point or span of the text before its year is known. */
    private static final class Piece {
        int start;
        int end;
        Integer year;          // written year, if any
        boolean yearOnly;      // a bare year («2021 г.»)
        int fromMonth;         // 1..12
        int toMonth;
        int fromDay;           // 0: the month's first day
        int toDay;             // 0: the month's last day
        boolean day;
        String note;

        /** Calendar months this piece spans beyond its first month (a season across the new year). */
        int monthSpan() {
            return Math.floorMod(toMonth - fromMonth, 12);
        }
    }

    private static Period period(String s, AcademicYear year) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            Piece p = piece(m);
            if (p != null) {
                pieces.add(p);
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        // «2023-2024 учебный год», «2023/2024»: an academic year.
        if (pieces.size() == 2 && pieces.get(0).yearOnly && pieces.get(1).yearOnly
                && pieces.get(1).year == pieces.get(0).year + 1 && ACADEMIC.matcher(s).find()) {
            AcademicYear academic = new AcademicYear(pieces.get(0).year);
            return new Period(academic.firstDay(), academic.lastDay(), false, true, null);
        }
        List<LocalDate[]> spans = place(pieces, year);
        boolean explicitYear = pieces.stream().anyMatch(p -> p.year != null);
        String note = pieces.stream().map(p -> p.note).filter(n -> n != null).findFirst().orElse(null);
        LocalDate from = spans.get(0)[0];
        LocalDate to = spans.get(spans.size() - 1)[1];
        for (LocalDate[] span : spans) {
            from = span[0].isBefore(from) ? span[0] : from;
            to = span[1].isAfter(to) ? span[1] : to;
        }
        if (pieces.size() > 2 && note == null) {
            note = "Указано несколько сроков: взят общий период от первого до последнего";
        }
        Piece only = pieces.get(0);
        if (pieces.size() == 1) {
            String before = s.substring(0, only.start);
            if (BY.matcher(before).find() || END_OF.matcher(before).find()) {
                // «до 15.09.2023», «до конца сентября», «к маю»: the last day.
                return new Period(spans.get(0)[1], spans.get(0)[1], true, explicitYear, note);
            }
            if (only.day) {
                return new Period(from, to, true, explicitYear, note);
            }
        }
        boolean allDays = pieces.stream().allMatch(p -> p.day);
        return new Period(from, to, allDays, explicitYear, note);
    }

    private static Piece piece(Matcher m) {
        Piece p = new Piece();
        p.start = m.start();
        p.end = m.end();
        if (m.group(2) != null) {                       // dd.mm(.yyyy)
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12 || day < 1) {
                return null;
            }
            p.fromMonth = p.toMonth = month;
            p.fromDay = p.toDay = day;
            p.day = true;
            p.year = m.group(3) == null ? null : year(m.group(3));
        } else if (m.group(4) != null) {                // 1-15 сентября
            p.fromMonth = p.toMonth = month(m.group(6));
            p.fromDay = Integer.parseInt(m.group(4));
            p.toDay = Integer.parseInt(m.group(5));
            p.day = true;
            p.year = m.group(7) == null ? null : Integer.parseInt(m.group(7));
        } else if (m.group(8) != null) {                // 15 сентября
            p.fromMonth = p.toMonth = month(m.group(9));
            p.fromDay = p.toDay = Integer.parseInt(m.group(8));
            p.day = true;
            p.year = m.group(10) == null ? null : Integer.parseInt(m.group(10));
        } else if (m.group(11) != null) {               // сентябрь 2023
            p.fromMonth = p.toMonth = month(m.group(11));
            p.year = m.group(12) == null ? null : Integer.parseInt(m.group(12));
        } else if (m.group(13) != null) {               // I полугодие
            String which = m.group(13).toLowerCase(Locale.ROOT);
            boolean first = which.equals("i") || which.equals("1") || which.startsWith("перв");
            p.fromMonth = first ? 9 : 1;
            p.toMonth = first ? 12 : 8;
            p.year = m.group(14) == null ? null : Integer.parseInt(m.group(14));
        } else if (m.group(15) != null) {               // I квартал
            int quarter = switch (m.group(15).toLowerCase(Locale.ROOT)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            p.fromMonth = quarter * 3 - 2;
            p.toMonth = quarter * 3;
            p.year = m.group(16) == null ? null : Integer.parseInt(m.group(16));
        } else if (m.group(17) != null) {               // seasons
            String season = m.group(17).toLowerCase(Locale.ROOT);
            int[] months = season.startsWith("осен") ? new int[] {9, 11}
                    : season.startsWith("зим") ? new int[] {12, 2}
                    : season.startsWith("весн") ? new int[] {3, 5} : new int[] {6, 8};
            p.fromMonth = months[0];
            p.toMonth = months[1];
        } else if (m.group(18) != null) {               // 2021
            p.year = Integer.parseInt(m.group(18));
            p.yearOnly = true;
            p.fromMonth = 1;
            p.toMonth = 12;
        } else {
            return null;
        }
        return p;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.startsWith("янв")) return 1;
        if (w.startsWith("фев")) return 2;
        if (w.startsWith("мар")) return 3;
        if (w.startsWith("апр")) return 4;
        if (w.startsWith("ма")) return 5;
        if (w.startsWith("июн")) return 6;
        if (w.startsWith("июл")) return 7;
        if (w.startsWith("авг")) return 8;
        if (w.startsWith("сен")) return 9;
        if (w.startsWith("окт")) return 10;
        if (w.startsWith("ноя")) return 11;
        if (w.startsWith("дек")) return 12;
        throw new IllegalArgumentException("not a month: " + word);
    }

    /**
     * Gives every piece its calendar year: a written year stays; pieces before the first written year are the
     * latest occurrence not after it, pieces after a known one the first occurrence not before it; with no year
     * written at all, the first piece falls inside the academic year and the rest follow it.
     */
    private static List<LocalDate[]> place(List<Piece> pieces, AcademicYear year) {
        int firstExplicit = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).year != null) {
                firstExplicit = i;
                break;
            }
        }
        int[] years = new int[pieces.size()];
        if (firstExplicit < 0) {
            Piece first = pieces.get(0);
            years[0] = first.fromMonth >= 9 ? year.startYear() : year.startYear() + 1;
            for (int i = 1; i < pieces.size(); i++) {
                years[i] = following(pieces.get(i - 1), years[i - 1], pieces.get(i));
            }
        } else {
            years[firstExplicit] = pieces.get(firstExplicit).year;
            for (int i = firstExplicit - 1; i >= 0; i--) {
                Piece next = pieces.get(i + 1);
                Piece here = pieces.get(i);
                years[i] = here.year != null ? here.year
                        : (here.fromMonth > next.fromMonth && !next.yearOnly ? years[i + 1] - 1 : years[i + 1]);
            }
            for (int i = firstExplicit + 1; i < pieces.size(); i++) {
                Piece here = pieces.get(i);
                years[i] = here.year != null ? here.year : following(pieces.get(i - 1), years[i - 1], here);
            }
        }
        List<LocalDate[]> spans = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            try {
                spans.add(span(p, years[i]));
            } catch (DateTimeException e) {
                YearMonth month = YearMonth.of(years[i], p.fromMonth);
                p.note = "Дня " + p.fromDay + "." + String.format("%02d", p.fromMonth) + " нет в календаре: взят последний день месяца";
                spans.add(new LocalDate[] {month.atEndOfMonth(), month.atEndOfMonth()});
            }
        }
        return spans;
    }

    private static int following(Piece previous, int previousYear, Piece here) {
        int previousEndYear = previousYear + (previous.fromMonth + previous.monthSpan() > 12 ? 1 : 0);
        int previousEndMonth = previous.toMonth;
        if (previous.yearOnly) {
            return previousYear;
        }
        if (here.fromMonth < previousEndMonth
                || (here.fromMonth == previousEndMonth && here.day && previous.day && here.fromDay < previous.toDay)) {
            return previousEndYear + 1;
        }
        return previousEndYear;
    }

    private static LocalDate[] span(Piece p, int year) {
        YearMonth fromMonth = YearMonth.of(year, p.fromMonth);
        YearMonth toMonth = fromMonth.plusMonths(p.monthSpan());
        if (p.yearOnly) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        LocalDate from = p.fromDay == 0 ? fromMonth.atDay(1) : fromMonth.atDay(p.fromDay);
        LocalDate to = p.toDay == 0 ? toMonth.atEndOfMonth() : toMonth.atDay(p.toDay);
        if (to.isBefore(from)) {
            to = from;
        }
        return new LocalDate[] {from, to};
    }
}
