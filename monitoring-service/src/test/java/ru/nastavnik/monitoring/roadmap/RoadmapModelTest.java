package ru.nastavnik.monitoring.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Completion;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.Deadlines;
import ru.nastavnik.monitoring.domain.roadmap.ItemStatus;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapTemplates;

/** The roadmap's outline and numbering, deadlines in an academic year, and the on-time rule, without a server. */
class RoadmapModelTest {

    private static final AcademicYear YEAR = new AcademicYear(2025);

    @Test
    void numbersFollowTheTreeAndRenumberOnAddMoveAndDelete() {
        RoadmapItem a = item(null, "Подготовка");
        RoadmapItem a1 = item(a.id(), "Приказ");
        RoadmapItem a2 = item(a.id(), "Положение");
        RoadmapItem b = item(null, "Банк наставников");
        Roadmap roadmap = roadmap(List.of(a, a1, a2, b));
        assertThat(numbers(roadmap)).containsExactly("1", "1.1", "1.2", "2");

        RoadmapItem first = item(null, "Информирование");
        Roadmap added = roadmap.withItemAdded(first, a.id(), 0);
        assertThat(numbers(added)).containsExactly("1", "1.1", "1.2", "1.3", "2");
        assertThat(added.item(first.id()).orElseThrow().number()).isEqualTo("1.1");
        assertThat(added.item(a2.id()).orElseThrow().number()).isEqualTo("1.3");

        RoadmapItem deep = item(null, "Подпункт");
        Roadmap deeper = added.withItemAdded(deep, a1.id(), null);
        assertThat(deeper.item(deep.id()).orElseThrow().number()).isEqualTo("1.2.1");

        // Moving «1» (with its sub-items) after «2» renumbers both branches.
        Roadmap moved = deeper.withItemMoved(a.id(), null, 5);
        assertThat(moved.item(b.id()).orElseThrow().number()).isEqualTo("1");
        assertThat(moved.item(a.id()).orElseThrow().number()).isEqualTo("2");
        assertThat(moved.item(deep.id()).orElseThrow().number()).isEqualTo("2.2.1");
        assertThat(activities(moved)).containsExactly("Банк наставников", "Подготовка", "Информирование", "Приказ",
                "Подпункт", "Положение");

        Roadmap removed = moved.withItemRemoved(a1.id());
        assertThat(removed.items()).extracting(RoadmapItem::id).doesNotContain(a1.id(), deep.id());
        assertThat(numbers(removed)).containsExactly("1", "2", "2.1", "2.2");
        assertThat(removed.item(a2.id()).orElseThrow().number()).isEqualTo("2.2");
    }

    @Test
    void anItemCannotMoveUnderItselfNorNestTooDeep() {
        RoadmapItem a = item(null, "1");
        RoadmapItem a1 = item(a.id(), "1.1");
        RoadmapItem a11 = item(a1.id(), "1.1.1");
        RoadmapItem a111 = item(a11.id(), "1.1.1.1");
        Roadmap roadmap = roadmap(List.of(a, a1, a11, a111));
        assertThat(numbers(roadmap)).containsExactly("1", "1.1", "1.1.1", "1.1.1.1");

        assertThatThrownBy(() -> roadmap.withItemMoved(a.id(), a11.id(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> roadmap.withItemAdded(item(null, "5"), a111.id(), null)).isInstanceOf(Roadmap.TooDeep.class);
        assertThatThrownBy(() -> roadmap.withItemRemoved(UUID.randomUUID())).isInstanceOf(Roadmap.NoSuchItem.class);
    }

    @Test
    void templateDeadlinesFallInTheAcademicYear() {
        List<RoadmapItem> items = RoadmapTemplates.of(OwnerLevel.ORGANIZATION).instantiate(YEAR);
        RoadmapItem acts = items.stream().filter(i -> i.deadline().original().equals("До 15 сентября")).findFirst()
                .orElseThrow();
        assertThat(acts.due()).isEqualTo(LocalDate.of(2025, 9, 15));
        RoadmapItem survey = items.stream().filter(i -> i.deadline().original().equals("Май-июнь. Ежегодно")).findFirst()
                .orElseThrow();
        assertThat(survey.deadline().from()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(survey.due()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(survey.recurring()).isTrue();
        Roadmap roadmap = roadmap(items);
        assertThat(roadmap.items().getFirst().number()).isEqualTo("1");
        assertThat(roadmap.items().get(1).number()).isEqualTo("1.1");
        for (RoadmapTemplates.Template template : RoadmapTemplates.all()) {
            for (int start = 2024; start <= 2030; start++) {
                AcademicYear year = new AcademicYear(start);
                assertThat(template.instantiate(year)).allMatch(i -> i.due() == null || year.contains(i.due()));
            }
        }
        assertThat(RoadmapTemplates.of(OwnerLevel.MUNICIPALITY).instantiate(YEAR))
                .anyMatch(i -> !i.responsibleMunicipal().isEmpty() && !i.responsible().isEmpty());
    }

    @Test
    void carryingOverShiftsDatesAndTheYearsWrittenInTheText() {
        Deadline deadline = Deadlines.of("До 15.09.2025", null, LocalDate.of(2025, 9, 15), Deadline.Recurrence.YEARLY);
        Deadline next = Deadlines.shiftedOneYear(deadline);
        assertThat(next.original()).isEqualTo("До 15.09.2026");
        assertThat(next.due()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(Deadlines.dayOf(YEAR, Month.FEBRUARY, 30)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void onTimeCountsDoneAndOverdueItemsButNotUnscheduledOrCancelledOnes() {
        LocalDate today = LocalDate.of(2025, 10, 20);
        RoadmapItem doneOnTime = dated(LocalDate.of(2025, 9, 15)).withStatus(ItemStatus.DONE, LocalDate.of(2025, 9, 14));
        RoadmapItem doneLate = dated(LocalDate.of(2025, 9, 15)).withStatus(ItemStatus.DONE, LocalDate.of(2025, 9, 20));
        RoadmapItem overdue = dated(LocalDate.of(2025, 10, 1));
        RoadmapItem future = dated(LocalDate.of(2026, 5, 1));
        RoadmapItem cancelled = dated(LocalDate.of(2025, 9, 1)).withStatus(ItemStatus.CANCELLED, null);
        RoadmapItem unscheduledDone = item(null, "По графику").withStatus(ItemStatus.DONE, today);

        Completion c = Completion.of(List.of(doneOnTime, doneLate, overdue, future, cancelled, unscheduledDone), today);

        assertThat(c.items()).isEqualTo(5);
        assertThat(c.done()).isEqualTo(3);
        assertThat(c.doneOnTime()).isEqualTo(1);
        assertThat(c.overdue()).isEqualTo(1);
        assertThat(c.assessable()).isEqualTo(3);
        assertThat(c.shareOnTime()).isEqualByComparingTo("33.3");
        assertThat(overdue.overdue(today)).isTrue();
        assertThat(overdue.overdue(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(cancelled.overdue(today)).isFalse();
    }

    private static RoadmapItem dated(LocalDate due) {
        return new RoadmapItem(UUID.randomUUID(), null, "", "", "Пункт", Deadlines.of("", null, due, null), "", "", "", "",
                null, ItemStatus.PLANNED, null, false, null, null);
    }

    private static RoadmapItem item(UUID parent, String activities) {
        return new RoadmapItem(UUID.randomUUID(), parent, "", "", activities, Deadline.unscheduled("По отдельному графику"),
                "", "", "", "", null, ItemStatus.PLANNED, null, false, null, null);
    }

    private static Roadmap roadmap(List<RoadmapItem> items) {
        return new Roadmap(UUID.randomUUID(), OwnerLevel.ORGANIZATION, UUID.randomUUID(), YEAR, "Дорожная карта", items, 0,
                Instant.now());
    }

    private static List<String> numbers(Roadmap roadmap) {
        return roadmap.items().stream().map(RoadmapItem::number).toList();
    }

    private static List<String> activities(Roadmap roadmap) {
        return roadmap.items().stream().map(RoadmapItem::activities).toList();
    }
}
