import type { Role } from './roles';

/** Who is acting: the logged-in user as the rules see them. */
export type Actor = {
  committeeId: string;
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  memberId: string | null;
  handlingUnitId: string | null;
};

export const hasRole = (actor: Actor, ...roles: Role[]) => actor.roles.some((r) => roles.includes(r));
