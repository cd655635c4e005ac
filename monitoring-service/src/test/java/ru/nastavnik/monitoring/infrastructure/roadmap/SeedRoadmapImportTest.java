package ru.nastavnik.monitoring.infrastructure.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Kind;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Recurrence;
import ru.nastavnik.monitoring.domain.roadmap.DraftItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;

/**
 * The five real roadmaps of shared/seeds (copied to test resources), one test each: every item present, with its
 * number, stage, responsible and deadline as the document states them. The expectations were written from reading
 * the seeds, not from the importer's output.
 */
class SeedRoadmapImportTest {

    static final String SEED_000 = "000_4377c64b8fd4b947.txt";
    static final String SEED_001 = "001_594f10225478bfb1.txt";
    static final String SEED_002 = "002_845de6bd04b88c56.txt";
    static final String SEED_003 = "003_c3d9d0cca4362030.txt";
    static final String SEED_004 = "004_94be8f1c3439a6cc.txt";

    private final DocumentRoadmapSource source = new DocumentRoadmapSource();

    /** ДДТ «Ермак»: six columns, numbered stages with unnumbered activity rows, a plan cell broken across rows. */
    @Test
    void seed000_stagesWithNumbersAndUnnumberedActivities() {
        RoadmapDraft draft = read(SEED_000, 2023);

        assertThat(draft.title()).isEqualTo("Дорожная карта внедрения целевой модели наставничества в муниципальном "
                + "бюджетном учреждении дополнительного образования дом детского творчества «Ермак» Зерноградского "
                + "района в 2023-2024 учебном году");
        assertThat(numbers(draft)).containsExactly("1", "1.1", "2", "3", "4", "4.1", "5", "6", "6.1", "6.2", "7");
        assertThat(draft.items()).filteredOn(DraftItem::numberAssigned).extracting(DraftItem::number)
                .containsExactly("1.1", "4.1", "6.1", "6.2");

        String preparation = "Подготовка условий для реализации системы наставничества";
        String selection = "Отбор и обучение";
        String completion = "Завершение персонализированных программ наставничества";
        assertThat(draft.items()).extracting(DraftItem::stage).containsExactly(preparation, preparation,
                "Формирование банка наставляемых", "Формирование банка наставников", selection, selection,
                "Организация и осуществление работы наставнических пар/групп", completion, completion, completion,
                "Информационная поддержка системы наставничества");

        String both = "Яковенко И.А. Нечесова А.А.";
        String one = "Нечесова А.А.";
        assertThat(draft.items()).extracting(DraftItem::responsible)
                .containsExactly(both, both, one, one, one, one, one, one, one, one, both);
        assertThat(draft.items()).extracting(DraftItem::responsibleMunicipal).containsOnly("");

        assertDeadline(item(draft, "1"), "До 15.09.2023", Kind.DATE, "2023-09-15", "2023-09-15", Recurrence.NONE);
        assertDeadline(item(draft, "1.1"), "До 13.09.2024", Kind.DATE, "2024-09-13", "2024-09-13", Recurrence.NONE);
        for (String n : List.of("2", "3", "4", "4.1")) {
            assertDeadline(item(draft, n), "сентябрь", Kind.RANGE, "2023-09-01", "2023-09-30", Recurrence.NONE);
        }
        assertDeadline(item(draft, "5"), "В течение учебного года", Kind.RANGE, "2023-09-01", "2024-08-31", Recurrence.NONE);
        for (String n : List.of("6", "6.1", "6.2")) {
            assertDeadline(item(draft, n), "май", Kind.RANGE, "2024-05-01", "2024-05-31", Recurrence.NONE);
        }
        assertDeadline(item(draft, "7"), "В течение учебного года", Kind.RANGE, "2023-09-01", "2024-08-31", Recurrence.NONE);

        // the activity and the plan column together, the plan's list one entry a line
        assertThat(item(draft, "1").activities()).startsWith(
                "Подготовка и принятие локальных нормативных правовых актов образовательной организации:\n"
                        + "– приказ «Об утверждении положения о системе наставничества")
                .endsWith("\n– подготовка персонализированных программ наставничества");
        assertThat(item(draft, "1.1").activities()).isEqualTo("Информирование педагогического сообщества\n"
                + "- проведение педагогического совета (протокол);\n- сайт;\n- сетевые сообщества.");
        // the row holding only the end of item 5's plan
        assertThat(item(draft, "5").activities()).startsWith("Работа с наставнической парой/группой\n")
                .endsWith("групповая заключительная встреча всех пар и групп наставников и наставляемых в учреждении");
        assertThat(item(draft, "6.2").activities()).startsWith("Мотивация и поощрения наставников\n"
                + "Поощрение участников наставнической деятельности благодарственными письмами.");
        assertThat(draft.warnings()).anyMatch(w -> w.contains("присоединена к пункту 5"));
    }

    /** Гимназия: no numbers, section rows as stages, result and indicator columns, rows short of the indicator. */
    @Test
    void seed001_sectionRowsAndNoNumbering() {
        RoadmapDraft draft = read(SEED_001, 2022);

        assertThat(draft.title()).isEqualTo("План мероприятий (дорожная карта) реализации региональной программы "
                + "многофункционального наставничества педагогических работников на 2022-2023 учебный год");
        assertThat(numbers(draft)).containsExactlyElementsOf(sequence(23));
        assertThat(draft.items()).allMatch(DraftItem::numberAssigned);

        List<String> stages = draft.items().stream().map(DraftItem::stage).toList();
        assertThat(stages.subList(0, 10)).containsOnly("Организационно-методическое сопровождение деятельности");
        assertThat(stages.subList(10, 13)).containsOnly("Программно-методическое сопровождение деятельности");
        assertThat(stages.subList(13, 16)).containsOnly("Аналитическое сопровождение деятельности, мониторинг");
        assertThat(stages.subList(16, 19)).containsOnly("Информационное сопровождение деятельности");
        assertThat(stages.subList(19, 23)).containsOnly(
                "Управление реализацией целевой модели наставничеств на уровне образовательной организации");

        assertThat(item(draft, "1").activities())
                .isEqualTo("Формирование базы наставляемых из числа педагогов и административного персонала Гимназии");
        assertThat(item(draft, "11").activities()).startsWith("Разработка программно-методических материалов");
        assertThat(item(draft, "23").activities()).startsWith("Создание условий для участия представителей");

        String curator = "Куратор внедрения ПН";
        String head = "Руководитель ОО Куратор внедрения ПН";
        assertThat(draft.items().subList(0, 19)).extracting(DraftItem::responsible).containsOnly(curator);
        assertThat(draft.items().subList(19, 23)).extracting(DraftItem::responsible).containsExactly(head, head, "", head);

        assertThat(item(draft, "1").expectedResult()).isEqualTo("Сформирована база наставляемых");
        assertThat(item(draft, "1").indicator()).isEqualTo("Количество участников, охваченных ПН");
        assertThat(item(draft, "2").indicator()).isEqualTo("Не менее 5 % от общего числа педагогических работников");
        assertThat(item(draft, "5").indicator()).isEqualTo("Приняло 100% участников ПН");
        assertThat(item(draft, "8").expectedResult())
                .isEqualTo("Приказ по образовательной организации об утверждении индивидуальных планов");
        // rows of four cells: result and responsible, no indicator
        assertThat(item(draft, "10").expectedResult()).startsWith("Организована деловая игра");
        assertThat(item(draft, "10").indicator()).isEmpty();
        assertThat(item(draft, "13").expectedResult()).startsWith("Оформлен электронный итоговый сборник с разделами");
        assertThat(item(draft, "13").responsible()).isEqualTo(curator);

        String period = "В течение всего периода реализации ПН";
        assertDeadline(item(draft, "1"), "До 30.08.2021", Kind.DATE, "2021-08-30", "2021-08-30", Recurrence.NONE);
        assertDeadline(item(draft, "2"), period, Kind.RANGE, "2022-09-01", "2023-08-31", Recurrence.NONE);
        assertThat(item(draft, "3").deadline()).isEqualTo(Deadline.unscheduled("По отдельному графику"));
        for (String n : List.of("4", "5", "7", "11", "12", "22")) {
            assertDeadline(item(draft, n), "До 10.09.2022", Kind.DATE, "2022-09-10", "2022-09-10", Recurrence.NONE);
        }
        for (String n : List.of("6", "9", "18", "20", "21", "23")) {
            assertDeadline(item(draft, n), period, Kind.RANGE, "2022-09-01", "2023-08-31", Recurrence.NONE);
        }
        for (String n : List.of("8", "14", "15")) {
            assertDeadline(item(draft, n), "До 15.09.2022", Kind.DATE, "2022-09-15", "2022-09-15", Recurrence.NONE);
        }
        for (String n : List.of("10", "17", "19")) {
            assertDeadline(item(draft, n), "До 30.05.2023", Kind.DATE, "2023-05-30", "2023-05-30", Recurrence.NONE);
        }
        assertDeadline(item(draft, "13"), "До 30.06.2023", Kind.DATE, "2023-06-30", "2023-06-30", Recurrence.NONE);
        assertDeadline(item(draft, "16"), "1 раз в квартал", Kind.RECURRING, "2022-09-01", "2023-08-31",
                Recurrence.QUARTERLY);
    }

    /** МКДОУ № 12: cells on lines of their own after a tab, numbered lists inside cells, no deadlines at all. */
    @Test
    void seed002_cellStreamWithListsInCells() {
        RoadmapDraft draft = read(SEED_002, 2023);

        assertThat(draft.title()).isEqualTo("002_845de6bd04b88c56");
        assertThat(numbers(draft)).containsExactly("1", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2",
                "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7");
        assertThat(draft.items()).noneMatch(DraftItem::numberAssigned);
        assertThat(draft.items()).extracting(DraftItem::stage).containsExactly(
                "Подготовка условий для реализации системы наставничества",
                "Информация о профессиональных запросах педагогов",
                "Информация о профессиональных запросах педагогов",
                "Информация о профессиональных запросах педагогов",
                "Формирование банка наставников", "Формирование банка наставников",
                "Отбор и обучение", "Отбор и обучение",
                "Организация и осуществление работы наставнических пар/групп",
                "Организация и осуществление работы наставнических пар/групп",
                "Организация и осуществление работы наставнических пар/групп",
                "Завершение персонализированных программ наставничества",
                "Завершение персонализированных программ наставничества",
                "Завершение персонализированных программ наставничества",
                "Информационная поддержка системы наставничества");
        assertThat(draft.items()).extracting(DraftItem::deadline).containsOnly(Deadline.unscheduled(""));
        assertThat(draft.items()).extracting(DraftItem::responsible).containsOnly("");

        assertThat(item(draft, "1").activities()).isEqualTo(
                "Подготовка и принятие локальных нормативных актов образовательной организации:\n"
                        + "- Приказ «Об утверждении положения о системе наставничества педагогических работников в МКДОУ № 12»\n"
                        + "-Приказ «О закреплении наставнических пар»\n"
                        + "- Разработка «Положения и системе наставничества в МКДОУ № 12»\n"
                        + "- Дорожная карта (план мероприятий) по реализации Положения о системе наставничества "
                        + "педагогических работников МКДОУ «Детский сад № 12 «Ивушка»");
        assertThat(item(draft, "2.1").activities()).isEqualTo("Сбор информации о профессиональных запросах педагогов");
        assertThat(item(draft, "2.3").activities()).isEqualTo("Обеспечение согласий на сбор и обработку персональных данных");
        assertThat(item(draft, "4.2").activities()).isEqualTo("Обучение наставников для работы с наставляемыми:\n"
                + "- подготовка методических материалов для сопровождения наставнической деятельности;\n"
                + "- проведение консультаций, организация обмена опытом среди наставников – «установочные сессии» наставников.");
        assertThat(item(draft, "6.2").activities()).isEqualTo("Проведение семинара.");
        assertThat(item(draft, "7").activities()).isEqualTo("Освещение мероприятий Дорожной карты осуществляется на "
                + "всех этапах: на сайте образовательной организации и социальных сетях, по возможности на "
                + "муниципальном и региональном уровнях.");
        assertThat(draft.warnings()).anyMatch(w -> w.contains("нет столбца сроков"))
                .anyMatch(w -> w.contains("Название дорожной карты в документе не найдено"));
    }

    /** Ленинградский район: three-level numbers, municipal and ОО columns, HTML lists, yearly deadlines. */
    @Test
    void seed003_municipalAndOrganizationColumns() {
        RoadmapDraft draft = read(SEED_003, 2021);

        assertThat(draft.title()).isEqualTo("Дорожная карта внедрения целевой модели наставничества для "
                + "образовательных организаций муниципального образования Ленинградский район на период "
                + "реализации 2021-2024 гг.");
        assertThat(numbers(draft)).containsExactly("1", "1.1", "1.2", "1.3", "1.4", "1.4.1", "1.4.2",
                "2", "2.1", "2.1.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "3.1", "3.2", "3.3", "3.4");
        assertThat(draft.items()).noneMatch(DraftItem::numberAssigned);
        assertThat(draft.items()).extracting(DraftItem::stage).containsOnly("");
        assertThat(item(draft, "1.4.1").depth()).isEqualTo(3);
        assertThat(item(draft, "1.4.1").parentNumber()).isEqualTo("1.4");

        String specialists = "Специалисты УО, МКУДПО ЦРО";
        String centre = "МКУ ДПО ЦРО";
        String both = "УО, МКУ ДПО ЦРО";
        assertThat(draft.items()).extracting(DraftItem::responsibleMunicipal).containsExactly(
                specialists, specialists, specialists, specialists, specialists, centre, centre,
                "", centre, centre, both, centre, centre, both, centre,
                "", both, both, both, both);
        String heads = "Руководители ОО и школьные кураторы";
        assertThat(draft.items()).extracting(DraftItem::responsible).containsExactly(
                "", "", "", "Руководители ОО",
                "Кураторы внедрения целевой модели в образовательной организации (далее – кураторы), ответственные за обучение",
                heads, heads, "", heads, heads, heads, heads, heads, heads, heads, "", heads, heads, heads, heads);

        assertDeadline(item(draft, "1"), "Май-октябрь 2021 г.", Kind.RANGE, "2021-05-01", "2021-10-31", Recurrence.NONE);
        assertDeadline(item(draft, "1.1"), "Июль – август 2021 г.", Kind.RANGE, "2021-07-01", "2021-08-31", Recurrence.NONE);
        assertDeadline(item(draft, "1.2"), "Август 2021 г.", Kind.RANGE, "2021-08-01", "2021-08-31", Recurrence.NONE);
        assertDeadline(item(draft, "1.3"), "2021 г.", Kind.RANGE, "2021-01-01", "2021-12-31", Recurrence.NONE);
        assertDeadline(item(draft, "1.4"), "ежегодно", Kind.RECURRING, "2021-09-01", "2022-08-31", Recurrence.YEARLY);
        assertDeadline(item(draft, "1.4.1"), "Октябрь 2021, ежегодно", Kind.RECURRING, "2021-10-01", "2021-10-31",
                Recurrence.YEARLY);
        assertDeadline(item(draft, "1.4.2"), "Ежегодно по плану ИРО КК", Kind.RECURRING, "2021-09-01", "2022-08-31",
                Recurrence.YEARLY);
        assertDeadline(item(draft, "2"), "Октябрь 2022 - ноябрь 2024 гг.", Kind.RANGE, "2022-10-01", "2024-11-30",
                Recurrence.NONE);
        for (String n : List.of("2.1", "2.1.1")) {
            assertDeadline(item(draft, n), "Сентябрь. Ежегодно", Kind.RECURRING, "2021-09-01", "2021-09-30",
                    Recurrence.YEARLY);
        }
        for (String n : List.of("2.2", "2.3", "2.4", "2.5")) {
            assertDeadline(item(draft, n), "Ежегодно", Kind.RECURRING, "2021-09-01", "2022-08-31", Recurrence.YEARLY);
        }
        assertDeadline(item(draft, "2.6"), "Май-июнь. Ежегодно", Kind.RECURRING, "2022-05-01", "2022-06-30",
                Recurrence.YEARLY);
        assertDeadline(item(draft, "3"), "2023 – 2024 гг.", Kind.RANGE, "2023-01-01", "2024-12-31", Recurrence.NONE);
        assertDeadline(item(draft, "3.1"), "2021-2024 гг.", Kind.RANGE, "2021-01-01", "2024-12-31", Recurrence.NONE);
        assertDeadline(item(draft, "3.2"), "2023 г.", Kind.RANGE, "2023-01-01", "2023-12-31", Recurrence.NONE);
        assertDeadline(item(draft, "3.3"), "2023 г.", Kind.RANGE, "2023-01-01", "2023-12-31", Recurrence.NONE);
        assertDeadline(item(draft, "3.4"), "2024 г.", Kind.RANGE, "2024-01-01", "2024-12-31", Recurrence.NONE);

        // the HTML list of 1.3 as plain lines
        assertThat(item(draft, "1.3").activities()).isEqualTo(
                "Разработка нормативно-правовых актов, обеспечивающих внедрение целевой модели наставничества:\n"
                        + "- дорожные карты образовательных организаций,\n"
                        + "- распорядительные акты о внедрении целевой модели наставничества на уровне ОО,\n"
                        + "- положения о программе наставничества в ОО,\n"
                        + "- программы наставничества обучающихся ОО.\n"
                        + "Определение и закрепление школьных кураторов.");
        // rows carrying on a sentence broken across the table's rows
        assertThat(item(draft, "1.4.2").activities()).endsWith("сопровождения детей и молодежи на базе организаций "
                + "общего и профессионального образования» (темы могут меняться)");
        assertThat(item(draft, "3.2").activities())
                .isEqualTo("Анализ результатов мониторинга целевой модели наставничества в образовательных организациях");
    }

    /** Калужский колледж: stage and activities columns, no numbers, a «-----» line after the table. */
    @Test
    void seed004_stageColumnWithoutNumbers() {
        RoadmapDraft draft = read(SEED_004, 2024);

        assertThat(draft.title()).isEqualTo("Дорожная карта по реализации целевой модели наставничества в ГБПОУ "
                + "«Калужский областной колледж культуры и искусств» на 2024-2025 учебный год");
        assertThat(numbers(draft)).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(draft.items()).allMatch(DraftItem::numberAssigned);
        assertThat(draft.items()).extracting(DraftItem::stage).containsExactly(
                "Подготовка условий для запуска программы наставничества", "Формирование базы наставляемых",
                "Отбор и обучение наставников", "Формирование наставнических пар или групп",
                "Организация работы наставнических пар или групп", "Завершение наставничества");

        String all = "Директор, заместитель директора по УР, заместитель директора по ВР, методист";
        String deputies = "Заместитель директора по УР, заместитель директора по ВР, методист";
        assertThat(draft.items()).extracting(DraftItem::responsible)
                .containsExactly(all, deputies, deputies, all, all, all);

        for (String n : List.of("1", "2", "3", "4")) {
            assertDeadline(item(draft, n), "Октябрь", Kind.RANGE, "2024-10-01", "2024-10-31", Recurrence.NONE);
        }
        assertDeadline(item(draft, "5"), "В течении учебного года", Kind.RANGE, "2024-09-01", "2025-08-31",
                Recurrence.NONE);
        assertDeadline(item(draft, "6"), "Май", Kind.RANGE, "2025-05-01", "2025-05-31", Recurrence.NONE);

        assertThat(item(draft, "1").activities().split("\n")).containsExactly(
                "- Разработать локальные нормативные акты;",
                "- определить необходимые для реализации ресурсы - внутренние и внешние;",
                "- информировать коллектив и обучающихся о целевой модели наставничества;",
                "- собрать предварительные запросы обучающихся, молодых педагогов;",
                "- назначить куратора, отвечающего за реализацию наставничества;",
                "- выбрать формы наставничества и ожидаемые результаты.");
        assertThat(item(draft, "6").activities()).startsWith("- Провести итоговые встречи с наставниками");
    }

    // ---------------------------------------------------------------------------------------------------------

    static byte[] seed(String name) {
        try (InputStream in = SeedRoadmapImportTest.class.getResourceAsStream("/roadmaps/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private RoadmapDraft read(String name, int year) {
        return source.read(name, seed(name), new AcademicYear(year));
    }

    static List<String> numbers(RoadmapDraft draft) {
        return draft.items().stream().map(DraftItem::number).toList();
    }

    static DraftItem item(RoadmapDraft draft, String number) {
        return draft.items().stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number + " in " + numbers(draft)));
    }

    private static List<String> sequence(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    private static void assertDeadline(DraftItem item, String original, Kind kind, String from, String to,
            Recurrence recurrence) {
        Deadline deadline = item.deadline();
        assertThat(deadline.original()).as("original of %s", item.number()).isEqualTo(original);
        assertThat(deadline.kind()).as("kind of %s", item.number()).isEqualTo(kind);
        assertThat(deadline.from()).as("from of %s", item.number()).isEqualTo(LocalDate.parse(from));
        assertThat(deadline.to()).as("to of %s", item.number()).isEqualTo(LocalDate.parse(to));
        assertThat(deadline.recurrence()).as("recurrence of %s", item.number()).isEqualTo(recurrence);
    }
}
