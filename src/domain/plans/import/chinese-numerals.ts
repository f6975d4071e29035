const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "十二" → 12, "二十一" → 21, "一百零五" → 105, "16" → 16; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[ch];
    }
  }
  return total + current;
}

export const CN_NUMBER = '[〇零一二两三四五六七八九十百]+';
