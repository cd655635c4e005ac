package ru.nastavnik.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import ru.nastavnik.demo.DemoRegion;

/** The logins of the development provider: DemoRegion's users, all with {@link DemoRegion#DEMO_PASSWORD}. */
final class DemoUsers {

    private DemoUsers() {
    }

    static InMemoryUserDetailsManager userDetailsService(PasswordEncoder encoder) {
        // One hash for all: the password is the same public demo password for everyone, and each bcrypt round costs
        // ~0.1 s of start-up on a small machine. Verification is per login as usual.
        String hash = encoder.encode(DemoRegion.DEMO_PASSWORD);
        List<UserDetails> users = DemoRegion.USERS.stream()
                .map(user -> User.withUsername(user.username())
                        .password(hash)
                        .roles(user.role().name())
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The demo user behind a token's principal name; empty for anyone else. */
    static Optional<DemoRegion.User> byUsername(String username) {
        return DemoRegion.user(username);
    }
}
