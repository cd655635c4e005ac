package ru.nastavnik.launcher;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import ru.nastavnik.demo.DemoRegion;

/**
 * The demo logins of the identity provider, printed once the platform runs, so that nobody has to look them up:
 * username, role and where the user works (in Russian). No full names: they are personal data in form, if not in
 * fact, and the console is often shared or recorded.
 */
final class DemoLogins {

    private DemoLogins() {
    }

    static String table() {
        List<String[]> rows = DemoRegion.USERS.stream()
                .map(user -> new String[] {user.username(), user.role().name(), placeOf(user)})
                .toList();
        int username = Math.max("username".length(), rows.stream().mapToInt(r -> r[0].length()).max().orElse(0));
        int role = Math.max("role".length(), rows.stream().mapToInt(r -> r[1].length()).max().orElse(0));
        String format = "  %-" + username + "s  %-" + role + "s  %s%n";
        StringBuilder table = new StringBuilder()
                .append("Demo logins (password for all: ").append(DemoRegion.DEMO_PASSWORD).append("):")
                .append(System.lineSeparator())
                .append(String.format(Locale.ROOT, format, "username", "role", "organization"));
        rows.forEach(row -> table.append(String.format(Locale.ROOT, format, (Object[]) row)));
        return table.toString();
    }

    /** The user's organizations, else their municipality, else their region. */
    static String placeOf(DemoRegion.User user) {
        if (!user.organizationIds().isEmpty()) {
            return user.organizationIds().stream().map(DemoLogins::organizationName).collect(Collectors.joining(", "));
        }
        if (user.municipalityId() != null) {
            return DemoRegion.MUNICIPALITIES.stream().filter(m -> m.id().equals(user.municipalityId()))
                    .map(DemoRegion.Municipality::name).findFirst().orElse(user.municipalityId().toString());
        }
        return user.regionId().equals(DemoRegion.REGION.id()) ? DemoRegion.REGION.name() : user.regionId().toString();
    }

    private static String organizationName(UUID id) {
        return DemoRegion.ORGANIZATIONS.stream().filter(o -> o.id().equals(id))
                .map(DemoRegion.Organization::name).findFirst().orElse(id.toString());
    }
}
