package ru.nastavnik.participant.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a staff list (список сотрудников) as people title them in Russian: case, spaces, dots, hyphens and
 * brackets do not matter, and the usual synonyms are accepted. The first name of each is the one exports and the
 * template write, so an exported bank can be imported again unchanged.
 */
public enum StaffColumn {
    FULL_NAME("ФИО", "Фамилия, имя, отчество", "Ф.И.О."),
    LAST_NAME("Фамилия"),
    FIRST_NAME("Имя"),
    PATRONYMIC("Отчество"),
    POSITION("Должность"),
    SUBJECTS("Предметы", "Предмет", "Предмет(ы)", "Преподаваемые предметы"),
    CATEGORY("Квалификационная категория", "Категория"),
    YEARS("Стаж", "Педагогический стаж", "Стаж, лет", "Педагогический стаж, лет"),
    EMAIL("Эл. почта", "E-mail", "Email", "Электронная почта", "Почта"),
    PHONE("Телефон"),
    ROLE("Роль", "Роль в программе"),
    REQUESTS("Запросы", "Профессиональные запросы"),
    COMPETENCIES("Компетенции"),
    CONSENT_DATE("Дата согласия"),
    CONSENT_DOCUMENT("Реквизиты согласия"),
    /** Written by exports for the reader; an import accepts and ignores it (status changes have their own rules). */
    STATUS("Статус"),
    /** Written by a municipality's export; an import accepts it and refuses rows of another organization. */
    ORGANIZATION("Организация");

    private static final Map<String, StaffColumn> BY_KEY = Stream.of(values())
            .flatMap(column -> column.names.stream().map(name -> Map.entry(key(name), column)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (same, alsoSame) -> same));

    /** The columns of an export and of the template, in their order (the three name parts are for imports only). */
    public static final List<StaffColumn> WRITTEN = List.of(FULL_NAME, POSITION, SUBJECTS, CATEGORY, YEARS, EMAIL, PHONE,
            ROLE, REQUESTS, COMPETENCIES, CONSENT_DATE, CONSENT_DOCUMENT, STATUS);

    private final List<String> names;

    StaffColumn(String... names) {
        this.names = List.of(names);
    }

    /** The header exports and the template write. */
    public String title() {
        return names.getFirst();
    }

    public List<String> names() {
        return names;
    }

    public static Optional<StaffColumn> byHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(header)));
    }

    /** «Эл. почта», «эл.почта» and «ЭЛ ПОЧТА» are one header: letters and digits only, lower case, «ё» as «е». */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replace('ё', 'е').codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
