package ru.nastavnik.monitoring.domain.roadmap;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * Standard roadmaps built from the ten stages and the wording of the seeds: one for an organization, one for a
 * municipality (a municipal and an ОО responsible column, like seed 003), one for the region. Instantiated for an
 * academic year, every deadline is computed in that year; responsible executors are roles, not people.
 */
public final class RoadmapTemplates {

    /** A template row: depth 1 is a stage heading, 2 an activity under it. */
    record Row(int depth, Stage stage, String activities, Function<AcademicYear, Deadline> deadline, String responsible,
            String responsibleMunicipal, String expectedResult, String indicatorText, Indicator kpi) {
    }

    public record Template(OwnerLevel level, String title, List<Row> rows) {

        public String titleFor(AcademicYear year) {
            return title + " на " + year + " учебный год";
        }

        /** Fresh items (new ids) with deadlines in {@code year}. */
        public List<RoadmapItem> instantiate(AcademicYear year) {
            List<RoadmapItem> items = new ArrayList<>();
            UUID[] parents = new UUID[Roadmap.MAX_DEPTH + 1];
            for (Row row : rows) {
                UUID id = UUID.randomUUID();
                parents[row.depth()] = id;
                UUID parent = row.depth() == 1 ? null : parents[row.depth() - 1];
                Deadline deadline = row.deadline().apply(year);
                items.add(new RoadmapItem(id, parent, "", row.stage().title(), row.activities(), deadline,
                        row.responsible(), row.responsibleMunicipal(), row.expectedResult(), row.indicatorText(), row.kpi(),
                        ItemStatus.PLANNED, null, deadline.recurrence() == Deadline.Recurrence.YEARLY, null, null));
            }
            return items;
        }
    }

    private RoadmapTemplates() {
    }

    public static Template of(OwnerLevel level) {
        return switch (level) {
            case ORGANIZATION -> ORGANIZATION;
            case MUNICIPALITY -> MUNICIPALITY;
            case REGION -> REGION;
        };
    }

    public static List<Template> all() {
        return List.of(ORGANIZATION, MUNICIPALITY, REGION);
    }

    private static Function<AcademicYear, Deadline> until(String text, java.time.Month month, int day) {
        return y -> Deadlines.byDay(text, y, month, day);
    }

    private static Function<AcademicYear, Deadline> during(String text, java.time.Month first, java.time.Month last) {
        return y -> Deadlines.months(text, y, first, last, false);
    }

    private static Function<AcademicYear, Deadline> yearly(String text, java.time.Month first, java.time.Month last) {
        return y -> Deadlines.months(text, y, first, last, true);
    }

    private static Function<AcademicYear, Deadline> wholeYear() {
        return y -> Deadlines.wholeYear("В течение учебного года", y);
    }

    private static Function<AcademicYear, Deadline> quarterly() {
        return y -> Deadlines.quarterly("1 раз в квартал", y);
    }

    private static Function<AcademicYear, Deadline> separateSchedule() {
        return y -> Deadline.unscheduled("По отдельному графику");
    }

    private static Row stage(Stage stage, Function<AcademicYear, Deadline> deadline, String responsible,
            String municipal) {
        return new Row(1, stage, stage.title(), deadline, responsible, municipal, "", "", null);
    }

    private static Row item(Stage stage, String activities, Function<AcademicYear, Deadline> deadline, String responsible,
            String expected, String indicator, Indicator kpi) {
        return new Row(2, stage, activities, deadline, responsible, "", expected, indicator, kpi);
    }

    private static Row municipal(Stage stage, String activities, Function<AcademicYear, Deadline> deadline,
            String municipalColumn, String organizationColumn, String expected) {
        return new Row(2, stage, activities, deadline, organizationColumn, municipalColumn, expected, "", null);
    }

    static final Template ORGANIZATION = new Template(OwnerLevel.ORGANIZATION,
            "Дорожная карта внедрения целевой модели наставничества", List.of(
            stage(Stage.PREPARATION, during("Сентябрь", SEPTEMBER, SEPTEMBER), "Директор, куратор внедрения ПН", ""),
            item(Stage.PREPARATION, "Подготовка и принятие локальных нормативных актов: приказ о внедрении целевой "
                    + "модели наставничества, положение о системе наставничества, дорожная карта, приказ о назначении "
                    + "куратора", until("До 15 сентября", SEPTEMBER, 15), "Директор, куратор внедрения ПН",
                    "Приказ, положение, дорожная карта", "", null),
            item(Stage.PREPARATION, "Выбор форм и программ наставничества исходя из потребностей школы",
                    until("До 15 сентября", SEPTEMBER, 15), "Куратор внедрения ПН, заместители директора",
                    "Программы наставничества", "", null),
            item(Stage.PREPARATION, "Информирование педагогического сообщества: педагогический совет, сайт, "
                    + "социальные сети", until("До 20 сентября", SEPTEMBER, 20), "Куратор внедрения ПН",
                    "Протокол педагогического совета, публикация на сайте", "", null),
            stage(Stage.MENTEE_BANK, during("Сентябрь", SEPTEMBER, SEPTEMBER), "Куратор внедрения ПН", ""),
            item(Stage.MENTEE_BANK, "Сбор данных о наставляемых и их профессиональных запросах; согласия на "
                    + "обработку персональных данных", until("До 30 сентября", SEPTEMBER, 30),
                    "Куратор внедрения ПН, классные руководители", "Банк наставляемых, согласия (152-ФЗ)", "", null),
            stage(Stage.MENTOR_BANK, during("Сентябрь", SEPTEMBER, SEPTEMBER), "Куратор внедрения ПН", ""),
            item(Stage.MENTOR_BANK, "Анкетирование потенциальных наставников, сбор согласий, формирование банка "
                    + "наставников", until("До 30 сентября", SEPTEMBER, 30), "Куратор внедрения ПН",
                    "Банк наставников", "Наставники — не менее 5 % педагогического состава",
                    Indicator.MENTORS_SHARE_OF_TEACHING_STAFF),
            stage(Stage.SELECTION_AND_TRAINING, during("Октябрь", OCTOBER, OCTOBER), "Куратор внедрения ПН", ""),
            item(Stage.SELECTION_AND_TRAINING, "Анализ банка наставников и отбор наставников для персонализированных "
                    + "программ", until("До 10 октября", OCTOBER, 10), "Куратор внедрения ПН",
                    "Список наставников", "", null),
            item(Stage.SELECTION_AND_TRAINING, "Обучение наставников: методические материалы, консультации, "
                    + "курсы ИРО", separateSchedule(), "Куратор внедрения ПН, методист",
                    "Удостоверения, сертификаты", "", null),
            stage(Stage.FORMING_PAIRS, during("Октябрь", OCTOBER, OCTOBER), "Куратор внедрения ПН", ""),
            item(Stage.FORMING_PAIRS, "Встреча для формирования пар с анкетированием предпочтений; закрепление пар "
                    + "приказом директора", until("До 15 октября", OCTOBER, 15), "Директор, куратор внедрения ПН",
                    "Приказ о закреплении наставнических пар/групп", "100 % участников программы в парах и группах",
                    Indicator.PARTICIPANTS_IN_PAIRS),
            stage(Stage.WORK_OF_PAIRS, wholeYear(), "Наставники, куратор внедрения ПН", ""),
            item(Stage.WORK_OF_PAIRS, "Утверждение персонализированных программ наставничества (индивидуальных планов)",
                    until("До 31 октября", OCTOBER, 31), "Директор, наставники", "Приказ, индивидуальные планы",
                    "Индивидуальные планы выполнены не менее чем на 90 %", Indicator.PLAN_FULFILMENT),
            item(Stage.WORK_OF_PAIRS, "Встречи наставников и наставляемых, форма обратной связи после каждой встречи",
                    wholeYear(), "Наставники, наставляемые", "Формы обратной связи",
                    "Обратная связь после каждой встречи", Indicator.FEEDBACK_AFTER_MEETINGS),
            stage(Stage.MONITORING, quarterly(), "Куратор внедрения ПН", ""),
            item(Stage.MONITORING, "Диагностика компетенций наставников и запросов наставляемых", quarterly(),
                    "Куратор внедрения ПН, педагог-психолог", "Сравнительные таблицы",
                    "100 % участников прошли диагностику", Indicator.DIAGNOSTICS_COVERAGE),
            item(Stage.MONITORING, "Анкетирование удовлетворённости участников; участие в муниципальном и "
                    + "региональном мониторинге", yearly("Май-июнь. Ежегодно", MAY, JUNE), "Куратор внедрения ПН",
                    "Аналитическая справка", "", null),
            stage(Stage.COMPLETION, during("Май", MAY, MAY), "Директор, куратор внедрения ПН", ""),
            item(Stage.COMPLETION, "Итоговая встреча всех пар и групп; итоговый педагогический совет",
                    until("До 25 мая", MAY, 25), "Куратор внедрения ПН", "Протокол",
                    "Не менее 90 % пар на итоговой встрече", Indicator.FINAL_MEETING_PARTICIPATION),
            item(Stage.COMPLETION, "Выявление лучших практик, пополнение методической копилки, поощрение наставников "
                    + "благодарственными письмами", until("До 31 мая", MAY, 31), "Директор, куратор внедрения ПН",
                    "Итоговый сборник, приказ о поощрении", "Не менее 2 опубликованных практик",
                    Indicator.PRACTICES_PUBLISHED),
            stage(Stage.INFORMATION_SUPPORT, wholeYear(), "Куратор внедрения ПН", ""),
            item(Stage.INFORMATION_SUPPORT, "Раздел «Наставничество» на сайте: не менее 2 рубрик, контент-план, "
                    + "публикации", until("До 1 ноября", NOVEMBER, 1), "Куратор внедрения ПН, ответственный за сайт",
                    "Раздел на сайте", "Не менее 2 публикаций", null),
            stage(Stage.CONTROL, wholeYear(), "Директор", ""),
            item(Stage.CONTROL, "Контроль выполнения дорожной карты, отчёт на педагогическом совете",
                    yearly("Июнь. Ежегодно", JUNE, JUNE), "Директор, куратор внедрения ПН", "Отчёт",
                    "100 % пунктов дорожной карты выполнены в срок", Indicator.ROADMAP_ON_TIME)));

    static final Template MUNICIPALITY = new Template(OwnerLevel.MUNICIPALITY,
            "Муниципальная дорожная карта внедрения целевой модели наставничества в образовательных организациях",
            List.of(
            stage(Stage.PREPARATION, during("Сентябрь – октябрь", SEPTEMBER, OCTOBER), "Руководители ОО",
                    "Специалисты УО, МКУ ДПО ЦРО"),
            municipal(Stage.PREPARATION, "Разработка и утверждение муниципальной дорожной карты; определение и "
                    + "закрепление муниципальных кураторов", until("До 15 сентября", SEPTEMBER, 15),
                    "Специалисты УО, МКУ ДПО ЦРО", "", "Приказ УО, муниципальная дорожная карта"),
            municipal(Stage.PREPARATION, "Разработка нормативных актов ОО: дорожные карты, приказы о внедрении, "
                    + "положения о наставничестве; определение школьных кураторов", until("До 30 сентября", SEPTEMBER, 30),
                    "Специалисты УО, МКУ ДПО ЦРО", "Руководители ОО", "Локальные акты ОО"),
            municipal(Stage.SELECTION_AND_TRAINING, "Участие муниципальных и школьных кураторов в обучении по "
                    + "программам наставничества по графику ИРО", yearly("Октябрь. Ежегодно", OCTOBER, OCTOBER),
                    "Специалисты УО, МКУ ДПО ЦРО", "Кураторы внедрения ПН", "Удостоверения"),
            stage(Stage.WORK_OF_PAIRS, wholeYear(), "Руководители ОО, кураторы", "МКУ ДПО ЦРО"),
            municipal(Stage.WORK_OF_PAIRS, "Методическое сопровождение кураторов ОО: семинары, консультации",
                    quarterly(), "МКУ ДПО ЦРО", "Кураторы внедрения ПН", "Материалы семинаров"),
            municipal(Stage.WORK_OF_PAIRS, "Сетевое наставничество между образовательными организациями района",
                    wholeYear(), "МКУ ДПО ЦРО", "Руководители ОО", "Сетевые пары"),
            stage(Stage.MONITORING, yearly("Май-июнь. Ежегодно", MAY, JUNE), "Кураторы ОО", "Специалисты УО"),
            municipal(Stage.MONITORING, "Муниципальный мониторинг реализации целевой модели наставничества",
                    yearly("Май-июнь. Ежегодно", MAY, JUNE), "Специалисты УО, МКУ ДПО ЦРО", "Кураторы внедрения ПН",
                    "Аналитическая справка, адресные рекомендации"),
            stage(Stage.COMPLETION, during("Апрель – июнь", APRIL, JUNE), "Руководители ОО", "МКУ ДПО ЦРО"),
            municipal(Stage.COMPLETION, "Муниципальный конкурс лучших практик наставничества",
                    yearly("Апрель. Ежегодно", APRIL, APRIL), "МКУ ДПО ЦРО", "Руководители ОО",
                    "Приказ об итогах конкурса"),
            municipal(Stage.COMPLETION, "Итоговый сборник лучших практик для региональной платформы",
                    until("До 15 июня", JUNE, 15), "МКУ ДПО ЦРО", "Кураторы внедрения ПН", "Сборник"),
            stage(Stage.INFORMATION_SUPPORT, wholeYear(), "Руководители ОО", "Специалисты УО"),
            municipal(Stage.INFORMATION_SUPPORT, "Освещение хода внедрения на сайтах УО и ОО, в муниципальных новостях",
                    wholeYear(), "Специалисты УО", "Кураторы внедрения ПН", "Публикации"),
            stage(Stage.CONTROL, wholeYear(), "Руководители ОО", "Начальник УО"),
            municipal(Stage.CONTROL, "Контроль выполнения дорожных карт ОО", until("До 20 декабря", DECEMBER, 20),
                    "Специалисты УО", "Руководители ОО", "Справка")));

    static final Template REGION = new Template(OwnerLevel.REGION,
            "Региональный план внедрения целевой модели наставничества", List.of(
            stage(Stage.PREPARATION, during("Сентябрь", SEPTEMBER, SEPTEMBER), "ИРО, министерство образования", ""),
            item(Stage.PREPARATION, "Методические рекомендации для муниципалитетов и ОО по внедрению целевой модели",
                    until("До 1 сентября", SEPTEMBER, 1), "ИРО", "Методические рекомендации", "", null),
            stage(Stage.SELECTION_AND_TRAINING, wholeYear(), "ИРО", ""),
            item(Stage.SELECTION_AND_TRAINING, "Курсы повышения квалификации муниципальных и школьных кураторов",
                    separateSchedule(), "ИРО, региональный наставнический центр", "Удостоверения", "", null),
            stage(Stage.MONITORING, yearly("Май-июнь. Ежегодно", MAY, JUNE), "ИРО", ""),
            item(Stage.MONITORING, "Региональный мониторинг реализации целевой модели наставничества",
                    yearly("Май-июнь. Ежегодно", MAY, JUNE), "ИРО", "Аналитический отчёт", "", null),
            stage(Stage.COMPLETION, during("Май – июнь", MAY, JUNE), "ИРО", ""),
            item(Stage.COMPLETION, "Региональный слёт молодых педагогов и конференция лучших практик наставничества",
                    yearly("Май. Ежегодно", MAY, MAY), "ИРО, УО муниципалитетов", "Программа, резолюция", "", null),
            stage(Stage.INFORMATION_SUPPORT, wholeYear(), "ИРО", ""),
            item(Stage.INFORMATION_SUPPORT, "Региональный банк лучших практик на онлайн-платформе",
                    wholeYear(), "ИРО", "Опубликованные практики", "", Indicator.PRACTICES_PUBLISHED),
            stage(Stage.CONTROL, wholeYear(), "Министерство образования", ""),
            item(Stage.CONTROL, "Анализ выполнения дорожных карт муниципалитетов", until("До 30 июня", JUNE, 30),
                    "ИРО", "Справка", "", null)));
}
