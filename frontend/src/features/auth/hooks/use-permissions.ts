import { ROLES } from '@/lib/api/types';
import { useMe } from '../api/get-me';

/** What the UI offers the user. The server checks every action again; this only hides what would fail. */
export interface Permissions {
  /** Copy a roadmap to the next period (association, ЦКР). */
  copyRoadmap: boolean;
  /** Approve a draft roadmap (association only). */
  approveRoadmap: boolean;
}

export function permissionsFor(roles: readonly string[] | undefined): Permissions {
  const has = (role: string) => roles?.includes(role) ?? false;
  return {
    copyRoadmap: has(ROLES.association) || has(ROLES.ckr),
    approveRoadmap: has(ROLES.association),
  };
}

export function usePermissions(): Permissions {
  const me = useMe();
  return permissionsFor(me.data?.roles);
}
