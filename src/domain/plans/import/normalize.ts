/**
 * Character-for-character normalisation for matching: full-width ASCII to ASCII, the ideographic space to a space,
 * and the dash variants to '-'. Length is kept, so an index found in the normalised line is valid in the original.
 */
export function normalizeChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += ' ';
    else if (ch === '—' || ch === '–' || ch === '－' || ch === '~' || ch === '～' || ch === '〜') out += '-';
    else out += ch;
  }
  return out;
}

/**
 * Collapses runs of spaces and drops those between a digit and a CJK character ("2024 年" → "2024年").
 * A space between two CJK characters stays: it may separate two names, or the halves of a title.
 */
export function tidy(text: string): string {
  return chinesePunctuation(text)
    .replace(/[ \t]+/g, ' ')
    .replace(/(?<=\d) (?=[\p{Script=Han}])/gu, '')
    .replace(/(?<=[\p{Script=Han}]) (?=\d)/gu, '')
    .trim();
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/** Puts Chinese punctuation back where the reader matched on ASCII: next to a Han character, ',' is '，' again. */
export function chinesePunctuation(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}“”》）)])[,:;!?]|[,:;!?](?=[\p{Script=Han}“《（(])|(?<=[\p{Script=Han}])\(|\)(?=[\p{Script=Han}》”“《，。；：、]|$)/gu, (ch) => FULL[ch] ?? ch);
}
