package ru.nastavnik.participant.application;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible Russian full names for demo data: «Фамилия Имя Отчество» whose surname and patronymic agree with the given
 * name's gender (Иванов Сергей Петрович, Иванова Анна Сергеевна). Surnames of the Kuban mix, among them the
 * Ukrainian ones in «-ко» that do not change with gender. Most women's names first: most teachers are women.
 */
final class RussianNames {

    /** Surnames in the masculine form; the feminine adds «а» («-ов», «-ев», «-ин») or is «-ская» / «-цкая». */
    static final List<String> SURNAMES = List.of(
            "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
            "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
            "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
            "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
            "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
            "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
            "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов",
            "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
            "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов",
            "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров",
            "Наумов", "Потапов", "Журавлёв", "Овчинников", "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров",
            "Емельянов", "Никифоров", "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев",
            "Панов", "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин", "Тихомиров",
            "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев", "Харитонов",
            "Князев", "Цветков", "Левин", "Митрофанов", "Воронов", "Аксёнов", "Софронов", "Мальцев", "Логинов", "Горшков",
            "Савин", "Краснов", "Майоров", "Демидов", "Елисеев", "Рыбаков", "Сафонов", "Плотников", "Демин", "Хохлов",
            "Жданов", "Носов", "Кошелев", "Субботин", "Чистяков", "Дьячков", "Брагин", "Зуев", "Третьяков", "Рябов",
            "Виноградский", "Покровский", "Вознесенский", "Преображенский", "Успенский", "Троицкий", "Белецкий",
            "Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Лысенко", "Марченко", "Руденко", "Савченко",
            "Петренко", "Литвиненко", "Мороз", "Бондарь", "Колесник", "Гребенюк", "Мельничук", "Полищук", "Кравчук");

    static final List<String> FEMALE_NAMES = List.of(
            "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Марина", "Юлия", "Екатерина",
            "Галина", "Людмила", "Надежда", "Валентина", "Оксана", "Мария", "Виктория", "Анастасия", "Алина", "Дарья",
            "Ксения", "Евгения", "Вера", "Лариса", "Жанна", "Инна", "Алёна", "Полина", "Кристина", "Елизавета",
            "Софья", "Валерия", "Диана", "Яна", "Александра", "Маргарита", "Нина", "Раиса", "Зоя", "Тамара");

    static final List<String> MALE_NAMES = List.of(
            "Александр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Евгений", "Николай", "Михаил", "Иван",
            "Виктор", "Игорь", "Олег", "Павел", "Роман", "Максим", "Денис", "Артём", "Антон", "Константин",
            "Юрий", "Вадим", "Кирилл", "Станислав", "Владислав", "Григорий", "Егор", "Тимур", "Руслан", "Василий");

    /** Fathers' names and the patronymics they give a son and a daughter. */
    static final Map<String, String[]> PATRONYMICS = Map.ofEntries(
            Map.entry("Александр", new String[] { "Александрович", "Александровна" }),
            Map.entry("Сергей", new String[] { "Сергеевич", "Сергеевна" }),
            Map.entry("Андрей", new String[] { "Андреевич", "Андреевна" }),
            Map.entry("Алексей", new String[] { "Алексеевич", "Алексеевна" }),
            Map.entry("Дмитрий", new String[] { "Дмитриевич", "Дмитриевна" }),
            Map.entry("Владимир", new String[] { "Владимирович", "Владимировна" }),
            Map.entry("Евгений", new String[] { "Евгеньевич", "Евгеньевна" }),
            Map.entry("Николай", new String[] { "Николаевич", "Николаевна" }),
            Map.entry("Михаил", new String[] { "Михайлович", "Михайловна" }),
            Map.entry("Иван", new String[] { "Иванович", "Ивановна" }),
            Map.entry("Виктор", new String[] { "Викторович", "Викторовна" }),
            Map.entry("Игорь", new String[] { "Игоревич", "Игоревна" }),
            Map.entry("Олег", new String[] { "Олегович", "Олеговна" }),
            Map.entry("Павел", new String[] { "Павлович", "Павловна" }),
            Map.entry("Юрий", new String[] { "Юрьевич", "Юрьевна" }),
            Map.entry("Анатолий", new String[] { "Анатольевич", "Анатольевна" }),
            Map.entry("Валерий", new String[] { "Валерьевич", "Валерьевна" }),
            Map.entry("Геннадий", new String[] { "Геннадьевич", "Геннадьевна" }),
            Map.entry("Василий", new String[] { "Васильевич", "Васильевна" }),
            Map.entry("Пётр", new String[] { "Петрович", "Петровна" }),
            Map.entry("Григорий", new String[] { "Григорьевич", "Григорьевна" }),
            Map.entry("Борис", new String[] { "Борисович", "Борисовна" }),
            Map.entry("Вячеслав", new String[] { "Вячеславович", "Вячеславовна" }),
            Map.entry("Константин", new String[] { "Константинович", "Константиновна" }),
            Map.entry("Леонид", new String[] { "Леонидович", "Леонидовна" }),
            Map.entry("Станислав", new String[] { "Станиславович", "Станиславовна" }),
            Map.entry("Роман", new String[] { "Романович", "Романовна" }),
            Map.entry("Фёдор", new String[] { "Фёдорович", "Фёдоровна" }),
            Map.entry("Степан", new String[] { "Степанович", "Степановна" }),
            Map.entry("Георгий", new String[] { "Георгиевич", "Георгиевна" }));

    private static final List<String> FATHERS = PATRONYMICS.keySet().stream().sorted().toList();

    private RussianNames() {
    }

    /** About three in four are women, as in a school's teaching staff. */
    static String fullName(Random random) {
        boolean female = random.nextInt(100) < 76;
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String given = female ? FEMALE_NAMES.get(random.nextInt(FEMALE_NAMES.size()))
                : MALE_NAMES.get(random.nextInt(MALE_NAMES.size()));
        String patronymic = PATRONYMICS.get(FATHERS.get(random.nextInt(FATHERS.size())))[female ? 1 : 0];
        return (female ? feminine(surname) : surname) + " " + given + " " + patronymic;
    }

    /** Иванов → Иванова, Ильин → Ильина, Покровский → Покровская, Белецкий → Белецкая; Шевченко and Мороз stay. */
    static String feminine(String surname) {
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ов") || surname.endsWith("ёв") || surname.endsWith("ев") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname;
    }

    private static final String[] LATIN = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
            "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

    /** A name in Latin letters for an e-mail address (Иванова → ivanova, Фёдоров → fedorov). */
    static String latin(String cyrillic) {
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toLowerCase().toCharArray()) {
            if (c == 'ё') {
                out.append("e");
            } else if (c >= 'а' && c <= 'я') {
                out.append(LATIN[c - 'а']);
            } else if (c == '-') {
                out.append('-');
            }
        }
        return out.toString();
    }
}
