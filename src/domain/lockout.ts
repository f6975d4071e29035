import type { SecuritySettings } from './security-settings';

export type LockoutPolicy = Pick<SecuritySettings, 'lockoutThreshold' | 'lockoutMinutes'>;
export type LockoutState = { failedLogins: number; lockedUntil: Date | null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The account state after a failed login. The count starts again once an earlier lock has run out,
 * so a user who waited gets the full number of tries back.
 */
export function afterFailedLogin(state: LockoutState, policy: LockoutPolicy, now: Date): LockoutState {
  const expired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failedLogins = (expired ? 0 : state.failedLogins) + 1;
  if (failedLogins >= policy.lockoutThreshold) {
    return { failedLogins, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedLogins, lockedUntil: expired ? null : state.lockedUntil };
}

export function afterSuccessfulLogin(): LockoutState {
  return { failedLogins: 0, lockedUntil: null };
}

/** Minutes left on a lock, rounded up, for the message shown to the user. */
export function minutesLeft(state: LockoutState, now: Date): number {
  if (!state.lockedUntil) return 0;
  return Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000));
}

/** Whether a session idle since lastSeen has timed out. */
export function isIdleExpired(lastSeen: Date, idleTimeoutMinutes: number, now: Date): boolean {
  return now.getTime() - lastSeen.getTime() > idleTimeoutMinutes * 60_000;
}
