import type { Me } from '@/lib/api/types';

/** What the menu and the pages offer by role; the server decides in the end (and answers 403 otherwise). */
function has(me: Me | undefined, ...roles: string[]): boolean {
  return roles.some((role) => me?.roles.includes(role) ?? false);
}

export const access = {
  /** The association and ЦКР read the whole audit log. */
  auditLog: (me: Me | undefined) => has(me, 'association', 'ckr'),
  /** Only the association manages the scripts' service accounts. */
  serviceAccounts: (me: Me | undefined) => has(me, 'association'),
  /** The association and ЦКР add people to any organisation; an organisation's administrator to its own. */
  addPeople: (me: Me | undefined, organisationId?: string) =>
    has(me, 'association', 'ckr') ||
    (has(me, 'organisation-admin') && (organisationId === undefined || organisationId === me?.organisationId)),
  /** An organisation's administrator (not the association or ЦКР) adds people to its own organisation only. */
  addsOnlyToOwn: (me: Me | undefined) => has(me, 'organisation-admin') && !has(me, 'association', 'ckr'),
};
