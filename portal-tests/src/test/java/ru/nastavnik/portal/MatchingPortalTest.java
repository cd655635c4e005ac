package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.portal.PortalPages.navigation;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ru.nastavnik.demo.DemoRegion;

/**
 * «Подбор пар» as the curator: a ready mentor and a mentee with a matching request, registered in the kindergarten
 * the curator also runs, are proposed as a pair with the reasons, and accepting forms the pair in pairing-service.
 */
@PortalTest
class MatchingPortalTest {

    static final DemoRegion.User CURATOR = DemoRegion.user("school1.curator").orElseThrow();
    static final UUID KINDERGARTEN = DemoRegion.KINDERGARTEN_5.id();

    @Test
    void theCuratorRunsARoundSeesTheReasonsAndAcceptsAPair(Browser browser) {
        browser.logIn(CURATOR);
        String mentorName = "Подборова Анна " + word();
        String menteeName = "Подборов Илья " + word();
        String mentor = register(browser, mentorName, "MENTOR_CANDIDATE", 22);
        String mentee = register(browser, menteeName, "MENTEE_CANDIDATE", 1);
        for (String person : new String[] { mentor, mentee }) {
            browser.apiCall("POST", "/api/participants/people/" + person + "/consents", """
                    {"scope":"PERSONAL_DATA_PROCESSING","grantedOn":"%s","documentReference":"Согласие № 5"}"""
                    .formatted(LocalDate.now().minusDays(1)));
        }
        browser.apiCall("PUT", "/api/participants/people/" + mentor + "/competencies", "[{\"topicCode\":\"DIGITAL_TOOLS\",\"level\":3}]");
        browser.apiCall("PUT", "/api/participants/people/" + mentee + "/requests", "[{\"topicCode\":\"DIGITAL_TOOLS\",\"level\":2}]");
        browser.apiCall("PUT", "/api/participants/people/" + mentor + "/selection", """
                {"interviewDate":"%s","interviewer":"Морозова Т. Ю.","interviewNotes":"готова","criteria":[],
                 "decision":"SELECTED","reason":"соответствует критериям"}""".formatted(LocalDate.now().minusDays(1)));
        browser.apiCall("POST", "/api/participants/people/" + mentor + "/training", """
                {"courseTitle":"Наставничество в ДОО","provider":"ИРО","hours":36,"completedOn":"%s",
                 "certificateReference":"Удостоверение № 77"}""".formatted(LocalDate.now().minusDays(1)));

        browser.open(PortalPages.SCHOOL_PORTAL + "#/organizations/" + KINDERGARTEN + "/matching");
        browser.waitForText(By.tagName("h1"), "Подбор пар");
        assertThat(browser.findAll(navigation("matching"))).isNotEmpty();
        By proposal = By.cssSelector(".proposal[data-mentee='" + mentee + "']");
        // Pairing learns the people from events a moment later: run again until the mentee is proposed.
        for (int attempt = 0; attempt < 30 && browser.findAll(proposal).isEmpty(); attempt++) {
            browser.click(By.id("run-matching"));
            browser.waitFor(By.cssSelector(".round-summary"));
            if (browser.findAll(proposal).isEmpty()) {
                sleep();
            }
        }
        browser.waitForText(By.cssSelector(".proposal[data-mentee='" + mentee + "'] .proposal-mentee"), menteeName);
        assertThat(browser.waitFor(By.cssSelector(".proposal[data-mentee='" + mentee + "'] .proposal-mentor")).getText())
                .isEqualTo(mentorName);
        assertThat(browser.waitFor(By.cssSelector(".proposal[data-mentee='" + mentee + "'] .proposal-reasons")).getText())
                .contains("Компетенции наставника покрывают запросы: +40", "Одна организация: +10");
        browser.screenshot("school-matching");

        browser.click(By.cssSelector(".proposal[data-mentee='" + mentee + "'] .accept"));
        browser.waitForText(By.cssSelector(".proposal[data-mentee='" + mentee + "'] .decided"), "Пара сформирована.");
        assertThat(browser.apiCall("GET", "/api/pairing/organizations/" + KINDERGARTEN + "/pairs", null))
                .contains(mentor, mentee);
    }

    private static String register(Browser browser, String fullName, String role, int years) {
        String created = browser.apiCall("POST", "/api/participants/organizations/" + KINDERGARTEN + "/people", """
                {"fullName":"%s","position":"воспитатель","subjects":["дошкольное образование"],"yearsOfExperience":%d,
                 "programmeRole":"%s"}""".formatted(fullName, years, role));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(created);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** Cyrillic letters only: a name no other run has used, that still passes the name check. */
    private static String word() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder word = new StringBuilder("М");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
