import { CN_NUMBER, parseNumber } from './chinese-numerals';

/** Heading styles, from the outermost a notice usually uses to the innermost. */
export type HeadingStyle = 'part' | 'cn' | 'cn-paren' | 'ordinal' | 'arabic' | 'arabic-paren' | 'circled' | 'bullet';
export type Heading = { style: HeadingStyle; number: number; text: string };

const PATTERNS: [HeadingStyle, RegExp][] = [
  // "第二部分  协商议题": a part of the notice, above its numbered headings.
  ['part', new RegExp(`^第(${CN_NUMBER})(?:部分|篇|章)\\s*[、，,:：.]?\\s*`)],
  ['cn', new RegExp(`^(${CN_NUMBER})\\s*[、.．]\\s*`)],
  ['cn-paren', new RegExp(`^[(（]\\s*(${CN_NUMBER})\\s*[)）]\\s*[、.]?\\s*`)],
  // "第一次（4月）：议题": a bracketed note between the number and the colon is kept, at the end of the text.
  // "第三项  推进…" may be set apart by spaces alone.
  ['ordinal', new RegExp(`^第(${CN_NUMBER})(?:类\\s*[、，,:：.]?|(?:项|个|次)?\\s*(?<note>[（(][^（）()]{1,12}[)）])?\\s*[、，,:：.]|(?:项|个)\\s+)\\s*`)],
  // "1.6月，…" is item 1 in June, "4.4—5月，…" item 4 in April and May, "11.2025年…" item 11, but "1.5倍" is a
  // number: a digit may follow the marker only as a month, a range of months or a year.
  ['arabic', /^(\d{1,2})\s*(?:[、.．)）]|\s)(?!\d(?!\d?月|\d?\s*[—–\-~～至到]+\s*\d{1,2}\s*月|\d{3}年))\s*/],
  // "【01】形式：…": a number in square brackets, as some offices set each item's block.
  ['arabic-paren', /^(?:[(（]\s*(\d{1,2})\s*[)）]|[【［\[]\s*(\d{1,2})\s*[】］\]])\s*[、.]?\s*/],
  ['circled', /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/],
  // ★ ◆ ● ■ ▲ bullets mark items as a number would.
  // "- 加强…", "· 发展…": a dash or a dot set apart by a space marks an item too.
  ['bullet', /^([★☆◆◇●○■□▲►•]|[-–—·](?=\s+\S))\s*/],
];

/** The heading marker at the start of a (character-normalised) line, or null. */
export function readHeading(line: string): Heading | null {
  for (const [style, re] of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const number = style === 'bullet' ? 1 : style === 'circled' ? '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(m[1]) + 1 : parseNumber(m[1] ?? m[2]);
    if (number === null || number === 0) continue;
    const note = m.groups?.note;
    const text = line.slice(m[0].length).trim() + (note && line.slice(m[0].length).trim() ? note : '');
    // "2024年…" or "1月…" at the start of a line is a date, not a numbered heading.
    if (style === 'arabic' && /^[年月日号]/.test(text)) continue;
    if (!text) continue;
    return { style, number, text };
  }
  return null;
}
