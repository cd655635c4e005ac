// What every screen of a portal needs: the session, the organizations the user acts for (with their names) and
// the one chosen in the organization switcher, remembered per user in localStorage.

import { request } from './api.js';
import { hasRole } from './session.js';

export class PortalContext extends EventTarget {
  constructor(session, kind) {
    super();
    this.session = session;
    this.kind = kind;
    /** id -> {id, municipalityId, name, type}, or {id, problem} when the name could not be loaded. */
    this.organizations = new Map();
  }

  get organizationIds() {
    return this.session.organizationIds ?? [];
  }

  get storageKey() {
    return `nastavnik.organization.${this.session.username}`;
  }

  async loadOrganizations() {
    const loaded = await Promise.all(this.organizationIds.map((id) => request(`/api/participants/organizations/${id}`)
      .catch((error) => ({ id, problem: error }))));
    loaded.forEach((organization) => this.organizations.set(organization.id, organization));
  }

  organizationName(id) {
    return this.organizations.get(id)?.name ?? 'Организация недоступна';
  }

  /** The organization chosen in the switcher: the remembered one if the user still acts for it, else the first. */
  get currentOrganizationId() {
    let remembered = null;
    try {
      remembered = window.localStorage.getItem(this.storageKey);
    } catch {
      // storage disabled (private mode): the first organization is the default
    }
    return this.organizationIds.includes(remembered) ? remembered : (this.organizationIds[0] ?? null);
  }

  set currentOrganizationId(id) {
    if (!this.organizationIds.includes(id) || id === this.currentOrganizationId) {
      return;
    }
    try {
      window.localStorage.setItem(this.storageKey, id);
    } catch {
      // the choice then lasts for this page only
    }
    this.dispatchEvent(new CustomEvent('organizationchange', { detail: id }));
  }

  /**
   * Who may open the people of an organization (personal data): the curators of organizations and
   * municipalities, not the regional institute, which works with aggregates. The services decide on every call;
   * this only keeps the navigation from offering what would be refused.
   */
  get canSeePeople() {
    return hasRole(this.session, 'SCHOOL_CURATOR', 'MUNICIPAL_CURATOR');
  }

  get canRegisterPeople() {
    return this.canSeePeople;
  }
}
