package ru.nastavnik.participant.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonDetails;
import ru.nastavnik.platform.problem.Problems.FieldError;

/**
 * The one place that decides whether a person's details are acceptable, for the portal's form and for every row of
 * an imported staff list alike: Russian messages per field, names as people write them, phones normalized to
 * +7XXXXXXXXXX, and text that a spreadsheet would run as a formula refused.
 */
public final class PersonInputValidator {

    /** The checked details, or the reasons they were refused (then {@code details} is null). */
    public record Result(PersonDetails details, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static final int MAX_NAME = 300;
    public static final int MAX_TEXT = 200;
    public static final int MAX_SUBJECTS = 10;

    private static final Pattern NAME = Pattern.compile("[\\p{IsCyrillic}\\p{IsLatin}]+(?:[-'’. ][\\p{IsCyrillic}\\p{IsLatin}]+)*\\.?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s()\\-]");

    private static final Map<String, QualificationCategory> CATEGORY_WORDS = Map.ofEntries(
            Map.entry("без категории", QualificationCategory.NONE),
            Map.entry("нет", QualificationCategory.NONE),
            Map.entry("соответствие занимаемой должности", QualificationCategory.CORRESPONDS_TO_POSITION),
            Map.entry("сзд", QualificationCategory.CORRESPONDS_TO_POSITION),
            Map.entry("первая", QualificationCategory.FIRST),
            Map.entry("1", QualificationCategory.FIRST),
            Map.entry("высшая", QualificationCategory.HIGHEST),
            Map.entry("педагог-методист", QualificationCategory.METHODIST),
            Map.entry("педагог-наставник", QualificationCategory.MENTOR_TEACHER));

    private static final Map<String, ProgrammeRole> ROLE_WORDS = Map.of(
            "наставник", ProgrammeRole.MENTOR_CANDIDATE,
            "кандидат в наставники", ProgrammeRole.MENTOR_CANDIDATE,
            "наставляемый", ProgrammeRole.MENTEE_CANDIDATE,
            "наставляемая", ProgrammeRole.MENTEE_CANDIDATE,
            "кандидат в наставляемые", ProgrammeRole.MENTEE_CANDIDATE);

    private PersonInputValidator() {
    }

    public static Result validate(PersonInput input) {
        List<FieldError> errors = new ArrayList<>();
        String fullName = name(input.fullName(), errors);
        String position = optionalText("position", input.position(), MAX_TEXT, errors);
        List<String> subjects = subjects(input.subjects(), errors);
        QualificationCategory category = category(input.qualificationCategory(), errors);
        Integer years = years(input.yearsOfExperience(), errors);
        String email = email(input.email(), errors);
        String phone = phone(input.phone(), errors);
        ProgrammeRole role = role(input.programmeRole(), errors);
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new PersonDetails(fullName, position, subjects, category, years, email, phone, role), List.of());
    }

    /** The words the portal shows and a staff list may use for each category. */
    public static String categoryWords() {
        return "без категории, соответствие занимаемой должности, первая, высшая, педагог-методист, педагог-наставник";
    }

    /** The word exports write for a category, which {@link #validate} reads back as the same category. */
    public static String categoryWord(QualificationCategory category) {
        return switch (category) {
            case NONE -> "без категории";
            case CORRESPONDS_TO_POSITION -> "соответствие занимаемой должности";
            case FIRST -> "первая";
            case HIGHEST -> "высшая";
            case METHODIST -> "педагог-методист";
            case MENTOR_TEACHER -> "педагог-наставник";
        };
    }

    /** The word exports write for a programme role, which {@link #validate} reads back as the same role. */
    public static String roleWord(ProgrammeRole role) {
        return role == ProgrammeRole.MENTOR_CANDIDATE ? "наставник" : "наставляемый";
    }

    private static String name(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            errors.add(new FieldError("fullName", "обязательное поле"));
            return null;
        }
        if (isFormula(value)) {
            errors.add(new FieldError("fullName", "формулы не допускаются"));
            return null;
        }
        if (value.length() > MAX_NAME) {
            errors.add(new FieldError("fullName", "не длиннее 300 символов"));
            return null;
        }
        String[] words = value.split(" ");
        if (words.length < 2 || !java.util.Arrays.stream(words).allMatch(word -> NAME.matcher(word).matches())) {
            errors.add(new FieldError("fullName", "фамилия, имя и отчество буквами, через пробел"));
            return null;
        }
        return value;
    }

    private static String optionalText(String field, String raw, int max, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        if (isFormula(value)) {
            errors.add(new FieldError(field, "формулы не допускаются"));
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "не длиннее " + max + " символов"));
            return null;
        }
        return value;
    }

    private static List<String> subjects(List<String> raw, List<FieldError> errors) {
        if (raw == null) {
            return List.of();
        }
        Set<String> subjects = new LinkedHashSet<>();
        for (String item : raw) {
            // «математика, физика» in one cell or one form field is two subjects.
            for (String part : item == null ? new String[0] : item.split("[,;]")) {
                String value = optionalText("subjects", part, MAX_TEXT, errors);
                if (value != null) {
                    subjects.add(value);
                }
            }
        }
        if (subjects.size() > MAX_SUBJECTS) {
            errors.add(new FieldError("subjects", "не больше 10 предметов"));
        }
        return List.copyOf(subjects);
    }

    private static QualificationCategory category(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            return QualificationCategory.NONE;
        }
        String key = value.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s*категория$", "").strip();
        QualificationCategory byWord = CATEGORY_WORDS.get(key);
        if (byWord != null) {
            return byWord;
        }
        try {
            return QualificationCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("qualificationCategory", "неизвестная категория; допустимы: " + categoryWords()));
            return null;
        }
    }

    private static Integer years(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            errors.add(new FieldError("yearsOfExperience", "обязательное поле"));
            return null;
        }
        int years;
        try {
            // Spreadsheets hand whole numbers over as «12.0».
            years = value.matches("\\d+\\.0+") ? Integer.parseInt(value.substring(0, value.indexOf('.'))) : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("yearsOfExperience", "целое число лет"));
            return null;
        }
        if (years < 0) {
            errors.add(new FieldError("yearsOfExperience", "не может быть отрицательным"));
            return null;
        }
        if (years > Person.MAX_YEARS_OF_EXPERIENCE) {
            errors.add(new FieldError("yearsOfExperience", "не больше 70 лет"));
            return null;
        }
        return years;
    }

    private static String email(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT || !EMAIL.matcher(value).matches()) {
            errors.add(new FieldError("email", "адрес электронной почты вида name@school.ru"));
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String phone(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        String digits = PHONE_NOISE.matcher(value).replaceAll("");
        if (digits.matches("\\+7\\d{10}")) {
            return digits;
        }
        if (digits.matches("[78]\\d{10}")) {
            return "+7" + digits.substring(1);
        }
        errors.add(new FieldError("phone", "российский номер: +7 и 10 цифр"));
        return null;
    }

    private static ProgrammeRole role(String raw, List<FieldError> errors) {
        String value = clean(raw);
        if (value == null) {
            errors.add(new FieldError("programmeRole", "обязательное поле"));
            return null;
        }
        ProgrammeRole byWord = ROLE_WORDS.get(value.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        if (byWord != null) {
            return byWord;
        }
        try {
            return ProgrammeRole.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("programmeRole", "роль: наставник или наставляемый"));
            return null;
        }
    }

    private static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        return value.isEmpty() ? null : value;
    }

    /** What Excel or LibreOffice would evaluate when the value is opened again: never stored as data. */
    private static boolean isFormula(String value) {
        return value.startsWith("=");
    }
}
