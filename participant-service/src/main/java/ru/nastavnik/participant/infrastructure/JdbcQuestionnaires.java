package ru.nastavnik.participant.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.participant.domain.Question;
import ru.nastavnik.participant.domain.QuestionType;
import ru.nastavnik.participant.domain.QuestionnaireAnswer;
import ru.nastavnik.participant.domain.QuestionnaireForm;
import ru.nastavnik.participant.domain.QuestionnaireSubmission;
import ru.nastavnik.participant.domain.Questionnaires;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcQuestionnaires implements Questionnaires {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() { };
    private static final TypeReference<List<String>> CHOICES = new TypeReference<>() { };
    private static final TypeReference<List<QuestionnaireAnswer.Ranked>> RANKED = new TypeReference<>() { };

    private static final String FORM = """
            SELECT f.id, f.code, f.purpose, f.organization_id, f.based_on, f.state, v.version, f.revision,
                   v.title, v.description, v.questions::text AS questions
            FROM questionnaire_form f JOIN questionnaire_form_version v ON v.form_id = f.id
            """;

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcQuestionnaires(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<QuestionnaireForm> visibleTo(UUID organizationId) {
        return jdbc.sql(FORM + """
                WHERE v.version = f.version AND f.state = 'PUBLISHED' AND (f.organization_id IS NULL OR f.organization_id = ?)
                ORDER BY f.organization_id NULLS FIRST, f.purpose, v.title, f.id
                """).param(organizationId).query(this::form).list();
    }

    @Override
    public Optional<QuestionnaireForm> current(UUID formId) {
        return jdbc.sql(FORM + " WHERE f.id = ? AND v.version = f.version").param(formId).query(this::form).optional();
    }

    @Override
    public Optional<QuestionnaireForm> version(UUID formId, int version) {
        return jdbc.sql(FORM + " WHERE f.id = ? AND v.version = ?").params(formId, version).query(this::form).optional();
    }

    @Override
    public void add(QuestionnaireForm form, String createdBy) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO questionnaire_form (id, code, purpose, organization_id, based_on, state, version, revision, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(form.id(), form.code(), form.purpose().name(), form.organizationId(), form.basedOn(),
                form.state().name(), form.version(), form.revision(), createdBy, now).update();
        insertVersion(form, createdBy, now);
    }

    @Override
    public boolean update(QuestionnaireForm changed, int expectedRevision, String changedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                UPDATE questionnaire_form SET version = ?, revision = revision + 1, state = ?, updated_at = ?
                WHERE id = ? AND revision = ?
                """).params(changed.version(), changed.state().name(), now, changed.id(), expectedRevision).update();
        if (updated == 0) {
            return false;
        }
        int replaced = jdbc.sql("""
                UPDATE questionnaire_form_version SET title = ?, description = ?, questions = ?::jsonb, created_by = ?, created_at = ?
                WHERE form_id = ? AND version = ?
                """).params(changed.title(), changed.description(), json.writeValueAsString(changed.questions()), changedBy,
                now, changed.id(), changed.version()).update();
        if (replaced == 0) {
            insertVersion(changed, changedBy, now);
        }
        return true;
    }

    @Override
    public boolean archive(UUID formId, int expectedRevision) {
        return jdbc.sql("""
                UPDATE questionnaire_form SET state = 'ARCHIVED', revision = revision + 1, updated_at = ?
                WHERE id = ? AND revision = ? AND organization_id IS NOT NULL
                """).params(Timestamp.from(clock.instant()), formId, expectedRevision).update() == 1;
    }

    private void insertVersion(QuestionnaireForm form, String createdBy, Timestamp at) {
        jdbc.sql("""
                INSERT INTO questionnaire_form_version (form_id, version, title, description, questions, created_by, created_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)
                """).params(form.id(), form.version(), form.title(), form.description(),
                json.writeValueAsString(form.questions()), createdBy, at).update();
    }

    @Override
    public void add(QuestionnaireSubmission s) {
        jdbc.sql("""
                INSERT INTO questionnaire_submission (id, form_id, form_version, person_id, organization_id, submitted_by, on_behalf, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(s.id(), s.formId(), s.formVersion(), s.personId(), s.organizationId(), s.submittedBy(),
                s.onBehalf(), Timestamp.from(s.submittedAt())).update();
        int position = 0;
        for (QuestionnaireAnswer a : s.answers()) {
            jdbc.sql("""
                    INSERT INTO questionnaire_answer (submission_id, question_code, position, type, choices, scale, text, ranked_role, ranked)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb)
                    """).params(s.id(), a.questionCode(), position++, a.type().name(),
                    a.choices().isEmpty() ? null : json.writeValueAsString(a.choices()), a.scale(), a.text(),
                    a.rankedRole() == null ? null : a.rankedRole().name(),
                    a.ranked().isEmpty() ? null : json.writeValueAsString(a.ranked())).update();
        }
    }

    @Override
    public long submissionsOf(UUID formId, int version) {
        return jdbc.sql("SELECT count(*) FROM questionnaire_submission WHERE form_id = ? AND form_version = ?")
                .params(formId, version).query(Long.class).single();
    }

    @Override
    public List<QuestionnaireSubmission> submissionsOfPerson(UUID personId) {
        return submissions("person_id", personId);
    }

    @Override
    public List<QuestionnaireSubmission> submissionsOfOrganization(UUID organizationId) {
        return submissions("organization_id", organizationId);
    }

    private List<QuestionnaireSubmission> submissions(String column, UUID id) {
        Map<UUID, List<QuestionnaireAnswer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.submission_id, a.question_code, a.type, a.choices::text AS choices, a.scale, a.text, a.ranked_role,
                       a.ranked::text AS ranked
                FROM questionnaire_answer a JOIN questionnaire_submission s ON s.id = a.submission_id
                WHERE s.%s = ? ORDER BY a.submission_id, a.position
                """.formatted(column)).param(id).query((ResultSet rs) -> {
                    String choices = rs.getString("choices");
                    String ranked = rs.getString("ranked");
                    String role = rs.getString("ranked_role");
                    int scale = rs.getInt("scale");
                    Integer scaleValue = rs.wasNull() ? null : scale;
                    answers.computeIfAbsent(rs.getObject("submission_id", UUID.class), k -> new ArrayList<>())
                            .add(new QuestionnaireAnswer(rs.getString("question_code"), QuestionType.valueOf(rs.getString("type")),
                                    choices == null ? List.of() : json.readValue(choices, CHOICES), scaleValue,
                                    rs.getString("text"), role == null ? null : ProgrammeRole.valueOf(role),
                                    ranked == null ? List.of() : json.readValue(ranked, RANKED)));
                });
        return jdbc.sql("""
                SELECT id, form_id, form_version, person_id, organization_id, submitted_by, on_behalf, submitted_at
                FROM questionnaire_submission WHERE %s = ? ORDER BY submitted_at DESC, id
                """.formatted(column)).param(id).query((rs, n) -> {
                    UUID submission = rs.getObject("id", UUID.class);
                    return new QuestionnaireSubmission(submission, rs.getObject("form_id", UUID.class), rs.getInt("form_version"),
                            rs.getObject("person_id", UUID.class), rs.getObject("organization_id", UUID.class),
                            rs.getString("submitted_by"), rs.getBoolean("on_behalf"), rs.getTimestamp("submitted_at").toInstant(),
                            answers.getOrDefault(submission, List.of()));
                }).list();
    }

    @Override
    public void eraseFreeText(UUID personId) {
        jdbc.sql("""
                UPDATE questionnaire_answer SET text = NULL
                WHERE type = 'FREE_TEXT' AND submission_id IN (SELECT id FROM questionnaire_submission WHERE person_id = ?)
                """).param(personId).update();
    }

    private QuestionnaireForm form(ResultSet rs, int row) throws SQLException {
        return new QuestionnaireForm(rs.getObject("id", UUID.class), rs.getString("code"),
                QuestionnairePurpose.valueOf(rs.getString("purpose")), rs.getObject("organization_id", UUID.class),
                rs.getObject("based_on", UUID.class), QuestionnaireForm.State.valueOf(rs.getString("state")),
                rs.getInt("version"), rs.getInt("revision"), rs.getString("title"), rs.getString("description"),
                json.readValue(rs.getString("questions"), QUESTIONS));
    }
}
