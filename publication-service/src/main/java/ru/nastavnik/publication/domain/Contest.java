package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A contest of best practices (конкурс лучших практик) run by a municipality or by the region: named nominations,
 * entries of accepted practices, scores 0–10 from the jury, and, when it closes, the winners of each nomination
 * (the highest average score; a tie makes several winners).
 */
public record Contest(UUID id, UUID regionId, UUID municipalityId, String name, List<Nomination> nominations,
        List<String> jury, Status status, List<Entry> entries, List<Score> scores, List<Winner> winners, long version,
        Instant updatedAt) {

    public enum Status {
        /** Taking entries. */
        OPEN,
        /** The jury scores; no more entries. */
        JUDGING,
        /** Winners are fixed. */
        CLOSED
    }

    public record Nomination(UUID id, String name) {
    }

    public record Entry(UUID id, UUID nominationId, UUID practiceId, UUID organizationId) {
    }

    /** A juror's score of an entry; {@code juror} is the juror's login. */
    public record Score(UUID entryId, String juror, int score) {
    }

    public record Winner(UUID nominationId, UUID entryId, UUID practiceId, double averageScore) {
    }

    public Contest {
        nominations = nominations == null ? List.of() : List.copyOf(nominations);
        jury = jury == null ? List.of() : List.copyOf(jury);
        entries = entries == null ? List.of() : List.copyOf(entries);
        scores = scores == null ? List.of() : List.copyOf(scores);
        winners = winners == null ? List.of() : List.copyOf(winners);
    }

    public static Contest announce(UUID id, UUID regionId, UUID municipalityId, String name, List<String> nominations,
            List<String> jury, Instant now) {
        String cleanName = Texts.plain(name);
        if (cleanName.isBlank() || cleanName.length() > 300) {
            throw new RuleViolation("VALIDATION_FAILED", "name", "Укажите название конкурса (до 300 символов).");
        }
        List<String> names = Texts.plain(nominations);
        if (names.isEmpty()) {
            throw new RuleViolation("VALIDATION_FAILED", "nominations", "Укажите хотя бы одну номинацию.");
        }
        List<String> jurors = jury == null ? List.of()
                : jury.stream().filter(Objects::nonNull).map(String::strip).filter(j -> !j.isEmpty()).distinct().toList();
        if (jurors.isEmpty()) {
            throw new RuleViolation("VALIDATION_FAILED", "jury", "Укажите хотя бы одного члена жюри.");
        }
        List<Nomination> list = names.stream().map(n -> new Nomination(UUID.randomUUID(), n)).toList();
        return new Contest(id, regionId, municipalityId, cleanName, list, jurors, Status.OPEN, List.of(), List.of(),
                List.of(), 1, now);
    }

    /** Whether the practice's place lies within the contest's: its municipality, or anywhere in its region. */
    public boolean covers(PracticeState practice) {
        return regionId.equals(practice.regionId())
                && (municipalityId == null || municipalityId.equals(practice.municipalityId()));
    }

    public Contest enter(UUID entryId, UUID nominationId, PracticeState practice, Instant now) {
        require(status == Status.OPEN, "CONTEST_NOT_OPEN", "Приём заявок на конкурс завершён.");
        if (nominations.stream().noneMatch(n -> n.id().equals(nominationId))) {
            throw new RuleViolation("VALIDATION_FAILED", "nominationId", "В конкурсе нет такой номинации.");
        }
        require(covers(practice), "PRACTICE_OUTSIDE_CONTEST", "Практика не относится к территории конкурса.");
        boolean accepted = municipalityId == null
                ? practice.status() == PracticeStatus.REGION_ACCEPTED || practice.status() == PracticeStatus.PUBLISHED
                : practice.status().level() != BankLevel.ORGANIZATION && practice.status() != PracticeStatus.RETURNED_BY_REGION;
        require(accepted, "PRACTICE_NOT_ACCEPTED", municipalityId == null
                ? "На региональный конкурс подаются практики, принятые в региональный банк."
                : "На конкурс подаются практики, принятые муниципалитетом.");
        require(entries.stream().noneMatch(e -> e.practiceId().equals(practice.id()) && e.nominationId().equals(nominationId)),
                "ALREADY_ENTERED", "Практика уже подана в эту номинацию.");
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(entryId, nominationId, practice.id(), practice.organizationId()));
        return new Contest(id, regionId, municipalityId, name, nominations, jury, status, more, scores, winners,
                version + 1, now);
    }

    public Contest startJudging(Instant now) {
        require(status == Status.OPEN, "INVALID_TRANSITION", "Оценивание можно начать только после приёма заявок.");
        require(!entries.isEmpty(), "NO_ENTRIES", "На конкурс не подано ни одной заявки.");
        return new Contest(id, regionId, municipalityId, name, nominations, jury, Status.JUDGING, entries, scores,
                winners, version + 1, now);
    }

    public Contest score(String juror, UUID entryId, int score, Instant now) {
        require(status == Status.JUDGING, "CONTEST_NOT_JUDGING", "Оценки выставляются только во время оценивания.");
        if (score < 0 || score > 10) {
            throw new RuleViolation("VALIDATION_FAILED", "score", "Оценка — целое число от 0 до 10.");
        }
        if (entries.stream().noneMatch(e -> e.id().equals(entryId))) {
            throw new RuleViolation("VALIDATION_FAILED", "entryId", "В конкурсе нет такой заявки.");
        }
        List<Score> more = new ArrayList<>(scores.stream()
                .filter(s -> !(s.entryId().equals(entryId) && s.juror().equals(juror))).toList());
        more.add(new Score(entryId, juror, score));
        return new Contest(id, regionId, municipalityId, name, nominations, jury, status, entries, more, winners,
                version + 1, now);
    }

    public boolean isJuror(String username) {
        return username != null && jury.contains(username);
    }

    public Contest close(Instant now) {
        require(status == Status.JUDGING, "INVALID_TRANSITION", "Подвести итоги можно только после оценивания.");
        Map<UUID, Double> averages = scores.stream()
                .collect(Collectors.groupingBy(Score::entryId, Collectors.averagingInt(Score::score)));
        List<Winner> chosen = new ArrayList<>();
        for (Nomination nomination : nominations) {
            List<Entry> scored = entries.stream()
                    .filter(e -> e.nominationId().equals(nomination.id()) && averages.containsKey(e.id())).toList();
            double best = scored.stream().mapToDouble(e -> averages.get(e.id())).max().orElse(Double.NaN);
            scored.stream().filter(e -> averages.get(e.id()) == best)
                    .sorted(Comparator.comparing(Entry::id))
                    .forEach(e -> chosen.add(new Winner(nomination.id(), e.id(), e.practiceId(), best)));
        }
        return new Contest(id, regionId, municipalityId, name, nominations, jury, Status.CLOSED, entries, scores,
                chosen, version + 1, now);
    }

    private static void require(boolean condition, String code, String detail) {
        if (!condition) {
            throw new RuleViolation(code, null, detail);
        }
    }
}
