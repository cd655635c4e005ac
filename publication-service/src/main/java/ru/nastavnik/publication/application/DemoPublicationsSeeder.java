package ru.nastavnik.publication.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.publication.domain.ModerationAction;
import ru.nastavnik.publication.domain.NewsItem;
import ru.nastavnik.publication.domain.NewsSection;
import ru.nastavnik.publication.domain.Practice;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.Practices;
import ru.nastavnik.publication.domain.ResultFigure;

/**
 * Gives the demo region's website sections something to show on first start of {@code ./nastavnik run}: two
 * practices that went the whole way through moderation, and a few news items. Everything goes through the domain's
 * own rules (sanitizing, the moderation steps, the outbox), so the demo publishes the same events a real practice
 * does. Development and demonstration only.
 */
@Component
@ConditionalOnBooleanProperty("nastavnik.demo.publications")
public class DemoPublicationsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublicationsSeeder.class);

    /** Fixed ids: a restart finds them and seeds nothing twice. */
    static final UUID SCHOOL_1_PRACTICE = UUID.fromString("00000000-0000-0000-0000-00000000d111");
    static final UUID SCHOOL_7_PRACTICE = UUID.fromString("00000000-0000-0000-0000-00000000d121");

    private final Practices practices;
    private final NewsSection news;
    private final Clock clock;

    public DemoPublicationsSeeder(Practices practices, NewsSection news, Clock clock) {
        this.practices = practices;
        this.news = news;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (practices.find(SCHOOL_1_PRACTICE).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        publish(SCHOOL_1_PRACTICE, DemoRegion.SCHOOL_1, new PracticeContent(
                "Наставники для молодых учителей: первый год без выгорания",
                "Пары «опытный учитель — молодой специалист» с индивидуальным планом на учебный год и ежемесячными "
                        + "встречами.",
                RoleModel.TEACHER_TEACHER, MentoringFormat.TRADITIONAL, "Педагоги со стажем до трёх лет",
                List.of("Математика", "Русский язык"),
                "<p>Из пяти молодых учителей школы двое уходили в первый же год работы.</p>",
                "<p>Каждому молодому специалисту назначен наставник; план включает взаимопосещение уроков, "
                        + "разбор трудных ситуаций и совместную подготовку к аттестации.</p>",
                "<p>Все молодые специалисты остались в школе, двое прошли аттестацию на первую категорию.</p>",
                List.of(new ResultFigure("Молодых специалистов сохранено", 100, "%"),
                        new ResultFigure("Проведено встреч пар", 48, "встреч")),
                List.of("адаптация", "молодой специалист")), now);
        publish(SCHOOL_7_PRACTICE, DemoRegion.SCHOOL_7, new PracticeContent(
                "Ученик — ученику: наставничество в подготовке к олимпиадам",
                "Старшеклассники-призёры олимпиад ведут группы учеников 7–8 классов.",
                RoleModel.PUPIL_PUPIL, MentoringFormat.GROUP, "Обучающиеся 7–8 классов",
                List.of("Физика"),
                "<p>Мало участников муниципального этапа олимпиад из средних классов.</p>",
                "<p>Групповое наставничество: еженедельные занятия, разбор задач прошлых лет, пробные туры.</p>",
                "<p>Число участников муниципального этапа выросло втрое.</p>",
                List.of(new ResultFigure("Участников муниципального этапа", 18, "человек")),
                List.of("олимпиады", "ученик — ученику")), now);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Moscow"));
        write(DemoRegion.SCHOOL_1, "Стартовала программа наставничества на новый учебный год",
                "<p>Сформированы пары наставников и молодых специалистов, утверждены индивидуальные планы.</p>",
                today.minusDays(14), "Новости", now);
        write(DemoRegion.SCHOOL_1, "Итоги методического семинара наставников",
                "<p>Наставники обменялись опытом проведения взаимопосещений уроков.</p>", today.minusDays(3),
                "События", now);
        write(DemoRegion.SCHOOL_7, "Наставники школы — на краевом конкурсе",
                "<p>Практика «Ученик — ученику» вошла в региональный банк лучших практик.</p>", today.minusDays(5),
                "Новости", now);
        log.info("Demo publications seeded: 2 practices and 3 news items");
    }

    private void publish(UUID id, DemoRegion.Organization school, PracticeContent content, Instant now) {
        Practice practice = Practice.draft(id, school.id(), school.municipalityId(), DemoRegion.REGION.id(),
                content.sanitized(), List.of(), now);
        for (ModerationAction step : List.of(ModerationAction.SUBMIT, ModerationAction.MUNICIPALITY_ACCEPT,
                ModerationAction.REGION_ACCEPT, ModerationAction.PUBLISH)) {
            practice.moderate(step, step.actor(), null, now);
        }
        practices.insert(practice);
    }

    private void write(DemoRegion.Organization school, String title, String body, LocalDate date, String rubric,
            Instant now) {
        news.insert(NewsItem.written(UUID.randomUUID(), school.id(), school.municipalityId(), DemoRegion.REGION.id(),
                title, body, date, rubric, null, 1, now));
    }
}
