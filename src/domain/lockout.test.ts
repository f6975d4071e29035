import { describe, expect, it } from 'vitest';
import { afterFailedLogin, afterSuccessfulLogin, isIdleExpired, isLocked, minutesLeft, type LockoutPolicy, type LockoutState } from './lockout';

const policy = { lockoutThreshold: 5, lockoutMinutes: 15 };
const now = new Date('2026-03-01T09:00:00+08:00');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const fresh: LockoutState = { failedLogins: 0, lockedUntil: null };

function failTimes(n: number, rules: LockoutPolicy = policy): LockoutState {
  let state = fresh;
  for (let i = 0; i < n; i += 1) state = afterFailedLogin(state, rules, now);
  return state;
}

describe('lockout', () => {
  it('counts failures without locking below the threshold', () => {
    const state = failTimes(4);
    expect(state).toEqual({ failedLogins: 4, lockedUntil: null });
    expect(isLocked(state, now)).toBe(false);
  });

  it('locks for the configured minutes at the fifth failure', () => {
    const state = failTimes(5);
    expect(state.failedLogins).toBe(5);
    expect(state.lockedUntil).toEqual(minutes(15));
    expect(isLocked(state, now)).toBe(true);
    expect(isLocked(state, minutes(14.9))).toBe(true);
    expect(isLocked(state, minutes(15))).toBe(false);
  });

  it('follows another threshold and duration', () => {
    const strict = { lockoutThreshold: 3, lockoutMinutes: 60 };
    expect(failTimes(2, strict).lockedUntil).toBeNull();
    expect(failTimes(3, strict).lockedUntil).toEqual(minutes(60));
  });

  it('gives the full number of tries back once a lock has run out', () => {
    const locked = failTimes(5);
    const later = afterFailedLogin(locked, policy, minutes(16));
    expect(later).toEqual({ failedLogins: 1, lockedUntil: null });
  });

  it('clears the count and the lock after a successful login', () => {
    expect(afterSuccessfulLogin()).toEqual(fresh);
  });

  it('tells the minutes left, rounded up and never zero while locked', () => {
    const locked = failTimes(5);
    expect(minutesLeft(locked, now)).toBe(15);
    expect(minutesLeft(locked, minutes(14.5))).toBe(1);
    expect(minutesLeft(locked, minutes(1.2))).toBe(14);
    expect(minutesLeft(fresh, now)).toBe(0);
  });

  it('expires a session idle longer than the timeout', () => {
    expect(isIdleExpired(minutes(-30), 30, now)).toBe(false);
    expect(isIdleExpired(minutes(-31), 30, now)).toBe(true);
    expect(isIdleExpired(minutes(-31), 60, now)).toBe(false);
  });
});
