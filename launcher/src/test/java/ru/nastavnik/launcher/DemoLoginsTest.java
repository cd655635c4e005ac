package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ru.nastavnik.demo.DemoRegion;

class DemoLoginsTest {

    @Test
    void everyDemoUserIsListedWithRoleAndPlaceButNoFullName() {
        String table = DemoLogins.table();

        assertThat(table).startsWith("Demo logins (password for all: nastavnik):");
        assertThat(table.lines()).hasSize(DemoRegion.USERS.size() + 2);
        assertThat(table).containsPattern("school1\\.curator +SCHOOL_CURATOR +МБОУ СОШ № 1 ст\\. Ленинградской, "
                + "МБДОУ детский сад № 5 «Солнышко»")
                .containsPattern("region\\.admin +REGION_ADMIN +Краснодарский край")
                .containsPattern("kushchevsky\\.curator +MUNICIPAL_CURATOR +Кущёвский район")
                .containsPattern("school7\\.mentee +MENTEE +МБОУ СОШ № 7 ст\\. Кущёвской");
        for (DemoRegion.User user : DemoRegion.USERS) {
            assertThat(table).contains(user.username()).doesNotContain(user.fullName());
        }
    }
}
