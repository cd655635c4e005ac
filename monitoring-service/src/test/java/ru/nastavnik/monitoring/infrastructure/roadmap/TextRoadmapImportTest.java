package ru.nastavnik.monitoring.infrastructure.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.Deadline.Kind;
import ru.nastavnik.monitoring.domain.roadmap.DraftItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapSource.UnreadableRoadmap;

/** Small hand-written files in every text form the importer accepts, and the files it refuses. */
class TextRoadmapImportTest {

    private static final AcademicYear YEAR = new AcademicYear(2025);
    private static final String TABLE = """
            Дорожная карта внедрения наставничества на 2025-2026 учебный год

            №\tМероприятия\tСроки\tОтветственные
            1.\tИздать приказ о внедрении\tДо 15.09.2025\tДиректор
            2.\tСформировать базу наставников\tсентябрь\tКуратор
            2.1.\tПровести анкетирование\tОктябрь-ноябрь\tПедагог-психолог
            \tПодвести итоги анкетирования\tдекабрь\tКуратор
            3.\tОсвещать работу на сайте\tВ течение учебного года\tКуратор
            """;

    private final DocumentRoadmapSource source = new DocumentRoadmapSource();

    @Test
    void readsATabSeparatedTableInUtf8() {
        RoadmapDraft draft = source.read("карта.txt", TABLE.getBytes(StandardCharsets.UTF_8), YEAR);

        assertThat(draft.title()).isEqualTo("Дорожная карта внедрения наставничества на 2025-2026 учебный год");
        assertThat(draft.items()).extracting(DraftItem::number).containsExactly("1", "2", "2.1", "2.1.1", "3");
        assertThat(draft.items()).extracting(DraftItem::numberAssigned).containsExactly(false, false, false, true, false);
        DraftItem first = draft.items().get(0);
        assertThat(first.activities()).isEqualTo("Издать приказ о внедрении");
        assertThat(first.responsible()).isEqualTo("Директор");
        assertThat(first.deadline().kind()).isEqualTo(Kind.DATE);
        assertThat(first.deadline().due()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(draft.items().get(2).deadline().from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(draft.items().get(2).deadline().to()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(draft.items().get(4).deadline().from()).isEqualTo(YEAR.firstDay());
        assertThat(draft.items().get(4).deadline().to()).isEqualTo(YEAR.lastDay());
        assertThat(draft.warnings()).anyMatch(w -> w.contains("2.1.1"));
    }

    @Test
    void readsWindows1251AndUtf8WithBom() {
        RoadmapDraft cp1251 = source.read("карта.txt", TABLE.getBytes(Charset.forName("windows-1251")), YEAR);
        byte[] body = TABLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        RoadmapDraft utf8 = source.read("карта.txt", bom, YEAR);

        assertThat(cp1251.items()).isEqualTo(utf8.items());
        assertThat(cp1251.items()).hasSize(5);
        assertThat(cp1251.items().get(1).activities()).isEqualTo("Сформировать базу наставников");
    }

    @Test
    void readsPlainNumberedText() {
        String text = """
                План мероприятий по наставничеству

                Этап 1. Подготовительный
                1. Издать приказ о внедрении — до 15.09.2025 — директор
                2. Провести встречу - знакомство наставников - сентябрь - куратор
                Этап 2. Основной
                3. Организовать встречи пар
                Срок: ежемесячно
                Ответственный: наставники
                """;
        RoadmapDraft draft = source.read("план.txt", text.getBytes(StandardCharsets.UTF_8), YEAR);

        assertThat(draft.title()).isEqualTo("План мероприятий по наставничеству");
        assertThat(draft.items()).extracting(DraftItem::number).containsExactly("1", "2", "3");
        assertThat(draft.items()).extracting(DraftItem::stage).containsExactly("Подготовительный", "Подготовительный", "Основной");
        assertThat(draft.items()).extracting(DraftItem::responsible).containsExactly("директор", "куратор", "наставники");
        assertThat(draft.items().get(0).deadline().due()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(draft.items().get(2).deadline().kind()).isEqualTo(Kind.RECURRING);
        assertThat(draft.items().get(2).activities()).isEqualTo("Организовать встречи пар");
        assertThat(draft.items().get(1).activities()).isEqualTo("Провести встречу - знакомство наставников");
        assertThat(draft.items().get(1).deadline().from()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SeedRoadmapImportTest.SEED_000, SeedRoadmapImportTest.SEED_001,
            SeedRoadmapImportTest.SEED_002, SeedRoadmapImportTest.SEED_004})
    void everySeedReadsAlikeInWindows1251WithWindowsLineEnds(String seed) {
        String text = new String(SeedRoadmapImportTest.seed(seed), StandardCharsets.UTF_8);
        RoadmapDraft utf8 = source.read(seed, text.getBytes(StandardCharsets.UTF_8), YEAR);
        RoadmapDraft cp1251 = source.read(seed, text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1251")), YEAR);

        assertThat(cp1251.items()).isNotEmpty().isEqualTo(utf8.items());
        assertThat(cp1251.title()).isEqualTo(utf8.title());
    }

    @Test
    void seed003ReadsAlikeWithAByteOrderMarkAndWindowsLineEnds() {
        byte[] seed = SeedRoadmapImportTest.seed(SeedRoadmapImportTest.SEED_003);
        String text = new String(seed, StandardCharsets.UTF_8);
        byte[] crlf = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        assertThat(source.read("003.txt", crlf, YEAR).items()).hasSize(20)
                .isEqualTo(source.read("003.txt", seed, YEAR).items());
    }

    @Test
    void refusesEmptyBinaryAndItemlessFiles() {
        assertThatThrownBy(() -> source.read("пусто.txt", new byte[0], YEAR))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("пуст");
        assertThatThrownBy(() -> source.read("картинка.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}, YEAR))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("не является");
        assertThatThrownBy(() -> source.read("письмо.txt", "Добрый день!\nВысылаем документы.".getBytes(StandardCharsets.UTF_8), YEAR))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("не найдено ни одного пункта");
        assertThatThrownBy(() -> source.read("старый.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}, YEAR))
                .isInstanceOf(UnreadableRoadmap.class).hasMessageContaining("DOC");
    }
}
