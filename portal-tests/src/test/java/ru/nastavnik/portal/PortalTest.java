package ru.nastavnik.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test of the portal: the shared platform, and a fresh {@link Browser} for each test that asks for one. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ PlatformExtension.class, BrowserExtension.class })
public @interface PortalTest {
}
