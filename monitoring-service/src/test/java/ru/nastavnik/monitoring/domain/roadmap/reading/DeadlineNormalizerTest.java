package ru.nastavnik.monitoring.domain.roadmap.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Kind;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Recurrence;

/** Every deadline phrase of the issue, of DOMAIN.md and of the five seeds, against the academic year 2023/2024. */
class DeadlineNormalizerTest {

    private static final AcademicYear YEAR = new AcademicYear(2023);
    private final DeadlineNormalizer normalizer = new DeadlineNormalizer();

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            # the issue and DOMAIN.md
            До 15.09.2023                          | DATE        | 2023-09-15 | 2023-09-15 | NONE
            сентябрь                               | RANGE       | 2023-09-01 | 2023-09-30 | NONE
            май                                    | RANGE       | 2024-05-01 | 2024-05-31 | NONE
            Май-июнь. Ежегодно                     | RECURRING   | 2024-05-01 | 2024-06-30 | YEARLY
            В течение учебного года                | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            1 раз в квартал                        | RECURRING   | 2023-09-01 | 2024-08-31 | QUARTERLY
            2021-2024 гг.                          | RANGE       | 2021-01-01 | 2024-12-31 | NONE
            По отдельному графику                  | UNSCHEDULED |            |            | NONE
            Октябрь 2021, ежегодно                 | RECURRING   | 2023-10-01 | 2023-10-31 | YEARLY
            Сентябрь. Ежегодно                     | RECURRING   | 2023-09-01 | 2023-09-30 | YEARLY
            В течение всего периода реализации ПН  | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            # seed 000
            До 13.09.2024                          | DATE        | 2024-09-13 | 2024-09-13 | NONE
            # seed 001
            До 30.08.2021                          | DATE        | 2021-08-30 | 2021-08-30 | NONE
            До 10.09.2022                          | DATE        | 2022-09-10 | 2022-09-10 | NONE
            # seed 003
            Май-октябрь 2021 г.                    | RANGE       | 2021-05-01 | 2021-10-31 | NONE
            Июль – август 2021 г.                  | RANGE       | 2021-07-01 | 2021-08-31 | NONE
            Август 2021 г.                         | RANGE       | 2021-08-01 | 2021-08-31 | NONE
            2021 г.                                | RANGE       | 2021-01-01 | 2021-12-31 | NONE
            ежегодно                               | RECURRING   | 2023-09-01 | 2024-08-31 | YEARLY
            Ежегодно по плану ИРО КК               | RECURRING   | 2023-09-01 | 2024-08-31 | YEARLY
            Октябрь 2022 - ноябрь 2024 гг.         | RANGE       | 2022-10-01 | 2024-11-30 | NONE
            2023 – 2024 гг.                        | RANGE       | 2023-01-01 | 2024-12-31 | NONE
            2023 г.                                | RANGE       | 2023-01-01 | 2023-12-31 | NONE
            # seed 004
            Октябрь                                | RANGE       | 2023-10-01 | 2023-10-31 | NONE
            В течении учебного года                | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            Май                                    | RANGE       | 2024-05-01 | 2024-05-31 | NONE
            # the brief's further phrases
            ежемесячно                             | RECURRING   | 2023-09-01 | 2024-08-31 | MONTHLY
            Еженедельно                            | RECURRING   | 2023-09-01 | 2024-08-31 | WEEKLY
            ежеквартально                          | RECURRING   | 2023-09-01 | 2024-08-31 | QUARTERLY
            постоянно                              | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            по мере необходимости                  | UNSCHEDULED |            |            | NONE
            весь период                            | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            # day and month forms
            до 15 сентября                         | DATE        | 2023-09-15 | 2023-09-15 | NONE
            15 мая 2024 г.                         | DATE        | 2024-05-15 | 2024-05-15 | NONE
            не позднее 01.10                       | DATE        | 2023-10-01 | 2023-10-01 | NONE
            15.09.23                               | DATE        | 2023-09-15 | 2023-09-15 | NONE
            до конца сентября                      | DATE        | 2023-09-30 | 2023-09-30 | NONE
            к маю                                  | DATE        | 2024-05-31 | 2024-05-31 | NONE
            с 01.09.2023 по 15.09.2023             | RANGE       | 2023-09-01 | 2023-09-15 | NONE
            с 1 по 15 сентября                     | RANGE       | 2023-09-01 | 2023-09-15 | NONE
            в мае                                  | RANGE       | 2024-05-01 | 2024-05-31 | NONE
            в сентябре-октябре                     | RANGE       | 2023-09-01 | 2023-10-31 | NONE
            Октябрь-май                            | RANGE       | 2023-10-01 | 2024-05-31 | NONE
            Январь – февраль                       | RANGE       | 2024-01-01 | 2024-02-29 | NONE
            ДЕКАБРЬ                                | RANGE       | 2023-12-01 | 2023-12-31 | NONE
            окт. 2023                              | RANGE       | 2023-10-01 | 2023-10-31 | NONE
            Сентябрь 2024                          | RANGE       | 2024-09-01 | 2024-09-30 | NONE
            # school and calendar periods
            2023-2024 учебный год                  | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            в течение 2024-2025 уч. года           | RANGE       | 2024-09-01 | 2025-08-31 | NONE
            в течение 2022 года                    | RANGE       | 2022-01-01 | 2022-12-31 | NONE
            I полугодие                            | RANGE       | 2023-09-01 | 2023-12-31 | NONE
            2 полугодие                            | RANGE       | 2024-01-01 | 2024-08-31 | NONE
            IV квартал                             | RANGE       | 2023-10-01 | 2023-12-31 | NONE
            1 квартал 2024 г.                      | RANGE       | 2024-01-01 | 2024-03-31 | NONE
            весна                                  | RANGE       | 2024-03-01 | 2024-05-31 | NONE
            зимой                                  | RANGE       | 2023-12-01 | 2024-02-29 | NONE
            начало учебного года                   | RANGE       | 2023-09-01 | 2023-09-30 | NONE
            # repetitions with a window
            ежемесячно, октябрь–май                | RECURRING   | 2023-10-01 | 2024-05-31 | MONTHLY
            ежегодно в августе                     | RECURRING   | 2024-08-01 | 2024-08-31 | YEARLY
            Сентябрь 2020, ежегодно                | RECURRING   | 2023-09-01 | 2023-09-30 | YEARLY
            Октябрь 2025, ежегодно                 | RECURRING   | 2025-10-01 | 2025-10-31 | YEARLY
            раз в месяц                            | RECURRING   | 2023-09-01 | 2024-08-31 | MONTHLY
            ежегодно до 1 октября                  | RECURRING   | 2023-10-01 | 2023-10-01 | YEARLY
            # more written forms
            01.09.2023-31.05.2024                  | RANGE       | 2023-09-01 | 2024-05-31 | NONE
            Сентябрь 2023 – май 2024 г.            | RANGE       | 2023-09-01 | 2024-05-31 | NONE
            до 01 сентября 2023 года               | DATE        | 2023-09-01 | 2023-09-01 | NONE
            2023-2024 уч.г.                        | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            в течение года                         | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            на протяжении всего периода            | RANGE       | 2023-09-01 | 2024-08-31 | NONE
            """)
    void normalizes(String phrase, Kind kind, LocalDate from, LocalDate to, Recurrence recurrence) {
        Deadline deadline = normalizer.normalize(phrase, YEAR);

        assertThat(deadline.original()).isEqualTo(phrase.strip());
        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.from()).isEqualTo(from);
        assertThat(deadline.to()).isEqualTo(to);
        assertThat(deadline.recurrence()).isEqualTo(recurrence);
    }

    @Test
    void aRecurringWindowMovesWithTheAcademicYearButNeverBeforeTheWrittenStart() {
        assertThat(normalizer.normalize("Октябрь 2021, ежегодно", new AcademicYear(2021)).from()).isEqualTo("2021-10-01");
        assertThat(normalizer.normalize("Октябрь 2021, ежегодно", new AcademicYear(2024)).from()).isEqualTo("2024-10-01");
        assertThat(normalizer.normalize("Октябрь 2021, ежегодно", new AcademicYear(2020)).from()).isEqualTo("2021-10-01");
        assertThat(normalizer.normalize("Май-июнь. Ежегодно", new AcademicYear(2021)).to()).isEqualTo("2022-06-30");
    }

    @Test
    void monthsWithoutAYearFollowTheAcademicYear() {
        AcademicYear year = new AcademicYear(2024);
        assertThat(normalizer.normalize("сентябрь", year).from()).isEqualTo("2024-09-01");
        assertThat(normalizer.normalize("май", year).to()).isEqualTo("2025-05-31");
        assertThat(normalizer.normalize("В течение учебного года", year).to()).isEqualTo("2025-08-31");
    }

    @Test
    void anEmptyTextIsUnscheduledWithoutANote() {
        DeadlineNormalizer.Result result = normalizer.interpret("  ", YEAR);
        assertThat(result.deadline()).isEqualTo(Deadline.unscheduled(""));
        assertThat(result.hasNote()).isFalse();
    }

    @Test
    void anUnknownTextIsUnscheduledKeptAndNoted() {
        DeadlineNormalizer.Result result = normalizer.interpret("когда будет готово", YEAR);
        assertThat(result.deadline().kind()).isEqualTo(Kind.UNSCHEDULED);
        assertThat(result.deadline().original()).isEqualTo("когда будет готово");
        assertThat(result.note()).contains("не распознан");
        // «в течение» a span that is not the year is not the whole year
        assertThat(normalizer.interpret("в течение месяца", YEAR).deadline().kind()).isEqualTo(Kind.UNSCHEDULED);
    }

    @Test
    void guessesAreNoted() {
        DeadlineNormalizer.Result halfYear = normalizer.interpret("1 раз в полугодие", YEAR);
        assertThat(halfYear.deadline().kind()).isEqualTo(Kind.RECURRING);
        assertThat(halfYear.deadline().recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(halfYear.note()).contains("полугодие");

        DeadlineNormalizer.Result noSuchDay = normalizer.interpret("До 31.09.2023", YEAR);
        assertThat(noSuchDay.deadline().due()).isEqualTo("2023-09-30");
        assertThat(noSuchDay.note()).contains("нет в календаре");

        DeadlineNormalizer.Result several = normalizer.interpret("ноябрь, январь, март", YEAR);
        assertThat(several.deadline().from()).isEqualTo("2023-11-01");
        assertThat(several.deadline().to()).isEqualTo("2024-03-31");
        assertThat(several.note()).contains("несколько сроков");
    }
}
