package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo region is consistent: every claim of every user points at something that exists. */
class DemoRegionTest {

    @Test
    void everyRoleHasAtLeastOneUserAndTheDirectoryIsConsistent() {
        assertThat(DemoRegion.USERS.stream().map(DemoRegion.User::role).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Role.values());
        Set<UUID> municipalities = DemoRegion.MUNICIPALITIES.stream().map(DemoRegion.Municipality::id).collect(Collectors.toSet());
        Set<UUID> organizations = DemoRegion.ORGANIZATIONS.stream().map(DemoRegion.Organization::id).collect(Collectors.toSet());
        Set<UUID> people = DemoRegion.PEOPLE.stream().map(DemoRegion.Person::id).collect(Collectors.toSet());
        for (DemoRegion.User user : DemoRegion.USERS) {
            assertThat(user.regionId()).isEqualTo(DemoRegion.REGION.id());
            if (user.municipalityId() != null) {
                assertThat(municipalities).contains(user.municipalityId());
            }
            assertThat(organizations).containsAll(user.organizationIds());
            if (user.personId() != null) {
                assertThat(people).contains(user.personId());
            }
        }
        assertThat(DemoRegion.ORGANIZATIONS).allSatisfy(o -> assertThat(municipalities).contains(o.municipalityId()));
        Set<UUID> all = new HashSet<>();
        assertThat(DemoRegion.ORGANIZATIONS.stream().map(DemoRegion.Organization::id).allMatch(all::add)).isTrue();
    }

    @Test
    void aSchoolCuratorOfSeveralOrganizationsExistsForTheSwitcher() {
        assertThat(DemoRegion.USERS).anySatisfy(u -> assertThat(u.organizationIds()).hasSizeGreaterThan(1));
    }
}
