package ru.nastavnik.portal;

import org.openqa.selenium.By;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.demo.Role;

/** Where things are on the portal's pages (the ids and data attributes the static pages render). */
final class PortalPages {

    /** The gateway serves a folder's index.html only at "/", so the portals are linked by file name. */
    static final String SCHOOL_PORTAL = "/school/index.html";
    static final String REGION_PORTAL = "/region/index.html";

    static final By LOGIN_BUTTON = By.id("login");
    static final By USER_NAME = By.cssSelector(".user-name");
    static final By USER_ROLE = By.cssSelector(".user-role");
    static final By LOGOUT = By.id("logout");
    static final By MENU_TOGGLER = By.cssSelector(".navbar-toggler");
    static final By MENU = By.id("main-nav");
    static final By SWITCHER = By.id("organization-switcher");
    static final By DIRECTORY = By.id("directory");
    static final By PEOPLE_LINK = By.cssSelector(".people-link");
    static final By PEOPLE_TABLE = By.cssSelector(".people-table");
    static final By PEOPLE_CARDS = By.cssSelector(".people-cards");
    static final By ORGANIZATION_TITLE = By.cssSelector(".organization-title");
    static final By REGISTRATION_FORM = By.id("registration-form");
    static final By SUBMIT = By.cssSelector("#registration-form button[type=submit]");
    static final By FORM_STATUS = By.cssSelector("#registration-form .form-status");
    static final By PROBLEM = By.cssSelector(".problem");

    private PortalPages() {
    }

    static String portalOf(DemoRegion.User user) {
        return user.role() == Role.REGION_ADMIN || user.role() == Role.MUNICIPAL_CURATOR ? REGION_PORTAL : SCHOOL_PORTAL;
    }

    static By navigation(String id) {
        return By.cssSelector("[data-nav='" + id + "']");
    }

    static By organization(DemoRegion.Organization organization) {
        return By.cssSelector(".organization[data-organization-id='" + organization.id() + "']");
    }

    static By peopleLinkOf(DemoRegion.Organization organization) {
        return By.cssSelector(".organization[data-organization-id='" + organization.id() + "'] .people-link");
    }

    static By municipality(DemoRegion.Municipality municipality) {
        return By.cssSelector("details.municipality[data-municipality-id='" + municipality.id() + "']");
    }

    static By municipalitySummary(DemoRegion.Municipality municipality) {
        return By.cssSelector("details.municipality[data-municipality-id='" + municipality.id() + "'] > summary");
    }

    static By field(String name) {
        return By.cssSelector("#registration-form [name='" + name + "']");
    }

    /** The message shown beside a form field. */
    static By fieldError(String name) {
        return By.id("person-" + name + "-error");
    }

    static String peoplePath(DemoRegion.Organization organization) {
        return "#/organizations/" + organization.id() + "/people";
    }
}
