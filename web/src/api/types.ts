import type { Role } from '@domain/roles';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Me = {
  user: {
    id: string;
    username: string;
    displayName: string;
    roles: Role[];
    roleLabels: string[];
    memberId: string | null;
    handlingUnitId: string | null;
    mustChangePassword: boolean;
    passwordExpired: boolean;
  };
  committee: { id: string; code: string; name: string; shortName: string; level: string };
  abilities: {
    members: { list: boolean; manage: boolean };
    ownMember: boolean;
    organisation: { read: boolean; manage: boolean };
    users: { manage: boolean; unlock: boolean };
    securitySettings: { manage: boolean };
    audit: { read: boolean };
  };
  passwordPolicy: { minLength: number; minClasses: number };
  csrfToken: string;
};

export type LoginInfo = {
  committees: { code: string; name: string; level: string }[];
  demo: { password: string; accounts: { username: string; label: string }[] } | null;
};
