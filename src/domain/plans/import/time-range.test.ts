import { describe, expect, it } from 'vitest';
import { parseTimeRange } from './time-range';

describe('parseTimeRange', () => {
  it.each([
    ['2024年3月', '2024-03', '2024-03'],
    ['5月份', '2025-05', '2025-05'],
    ['3-4月', '2025-03', '2025-04'],
    ['3月至4月', '2025-03', '2025-04'],
    ['3—4月', '2025-03', '2025-04'],
    ['2024 年 1 月至 12 月', '2024-01', '2024-12'],
    ['全年', '2025-01', '2025-12'],
    ['上半年', '2025-01', '2025-06'],
    ['下半年', '2025-07', '2025-12'],
    ['第二季度', '2025-04', '2025-06'],
    ['三季度', '2025-07', '2025-09'],
    ['6月上旬', '2025-06', '2025-06'],
    ['九月', '2025-09', '2025-09'],
    ['十一月至十二月', '2025-11', '2025-12'],
    ['年底', '2025-12', '2025-12'],
    ['2025年11月至2026年1月', '2025-11', '2026-01'],
    ['11月至次年1月', '2025-11', '2026-01'],
  ])('%s → %s..%s', (text, start, end) => {
    expect(parseTimeRange(text, 2025)).toEqual({ start, end });
  });

  it('gives null without a month or a year to place it in', () => {
    expect(parseTimeRange('待定', 2025)).toBeNull();
    expect(parseTimeRange('5月', null)).toBeNull();
  });
});

describe('time ranges over several quarters, and times not yet set', () => {
  it.each([
    ['二、三季度', '2025-04', '2025-09'],
    ['二至三季度', '2025-04', '2025-09'],
    ['第三季度', '2025-07', '2025-09'],
  ])('reads %s', (text, start, end) => {
    expect(parseTimeRange(text, 2025)).toEqual({ start, end });
  });

  it.each(['适时', '待定', '年内适时'])('gives no months for %s', (text) => {
    expect(parseTimeRange(text, 2025)).toBeNull();
  });
});
