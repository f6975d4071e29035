import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditActionOptions } from './audit-action-labels';
import { AuditAction } from './audit-actions';

describe('audit action labels', () => {
  it('names every action in Chinese, each differently', () => {
    const options = auditActionOptions();
    expect(options.map((o) => o.action)).toEqual(Object.values(AuditAction));
    for (const o of options) expect(o.label).toMatch(/[\u4e00-\u9fa5]/);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
  });

  it('shows an action it does not know by its code', () => {
    expect(auditActionLabel(AuditAction.UserUnlocked)).toBe('解锁账号');
    expect(auditActionLabel('future.action')).toBe('future.action');
  });
});
