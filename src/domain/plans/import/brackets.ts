import { findLabels } from './labels';

/** Brackets in a line: separators outside them, a bracket closed from the line before, labels inside a note. */
/** Splits at the separators that are not inside brackets: "各县（市）政协；5月" splits once. */
export function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && separator.test(ch)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim());
}

/** The index of the first closing bracket that closes a bracket opened before the line, or -1. */
export function unmatchedClose(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Whether the first label on a line sits inside a bracket opened after the title. */
export function labelsInsideNote(text: string): boolean {
  const first = findLabels(text)[0];
  if (!first) return false;
  const before = text.slice(0, first.start);
  const opened = (before.match(/[（(〔]/g) ?? []).length - (before.match(/[）)〕]/g) ?? []).length;
  return opened > 0 && /^[^（(〔]{2,}[（(〔]/.test(before);
}
