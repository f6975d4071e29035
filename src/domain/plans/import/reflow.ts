import { findLabels } from './labels';

/**
 * Text copied out of a PDF arrives hard-wrapped: every line of a paragraph is cut at about the same width, with page
 * footers ("— 2 —") in between, perhaps each followed by the page's running header. Footers and running headers are
 * always dropped. When the long lines cluster at one width and almost none is longer, lines of that width are joined
 * to the next. Each joined line keeps the number of its first line, for the source view.
 */
export function reflowWrappedLines<L extends { no: number; norm: string; raw: string }>(lines: L[]): L[] {
  const footer = (l: L) => /^\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*$/.test(l.norm);
  // A footer and the blank lines around it: a page break, which may fall inside a line ("承办" … "单位：…").
  const dropped = new Set<number>();
  // The running header at the top of each page ("菱湾区政协2021年度协商工作计划"): the same line after every footer.
  const afterFooter = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j].norm.trim()) j++;
    return j;
  };
  const headers = lines.flatMap((l, i) => (footer(l) && afterFooter(i) < lines.length ? [lines[afterFooter(i)].norm.trim()] : []));
  const running = headers.length >= 2 && headers.every((h) => h === headers[0]) && headers[0].length <= 40 ? headers[0] : null;
  lines.forEach((l, i) => {
    if (!footer(l)) return;
    dropped.add(i);
    for (let j = i - 1; j >= 0 && !lines[j].norm.trim(); j--) dropped.add(j);
    let j = i + 1;
    for (; j < lines.length && !lines[j].norm.trim(); j++) dropped.add(j);
    if (running && lines[j]?.norm.trim() === running) {
      dropped.add(j);
      for (j++; j < lines.length && !lines[j].norm.trim(); j++) dropped.add(j);
    }
  });
  const body = lines.filter((_, i) => !dropped.has(i));
  const width = wrapWidth(body.map((l) => l.norm));
  if (width === null) return body;

  const out: L[] = [];
  let open: L | null = null;
  for (const line of body) {
    if (!line.norm.trim()) {
      if (open) out.push(open);
      open = null;
      out.push(line);
      continue;
    }
    // An indented line, a line that opens with a label ("承办单位：…"), or a numbered heading after a finished
    // sentence, starts a paragraph of its own.
    const startsParagraph =
      /^\s/.test(line.norm) ||
      findLabels(line.norm)[0]?.start === 0 || (/[。：:；;]$/.test(open?.norm ?? '') && /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/.test(line.norm));
    if (open && startsParagraph) {
      out.push(open);
      open = null;
    }
    const next: L = open ? { ...open, norm: open.norm + line.norm.trim(), raw: open.raw + line.raw.trim() } : line;
    // A line cut at the width goes on; a shorter one ends its paragraph.
    // The indent may or may not count in the width the text was cut at.
    const cut = line.norm.length >= width - 2 || line.norm.trimStart().length >= width - 2;
    // A row of a table lined up with spaces is no wrapped paragraph.
    const tableRow = (l: L) => /\S\s{3,}\S|\t/.test(l.norm.trim());
    if (tableRow(line)) {
      if (open) out.push(open);
      out.push(line);
      open = null;
      continue;
    }
    // "…协商。（时间：9月；承办：…）": a note after the full stop ends its paragraph too.
    if (cut && !/[。！？]$|。[（(][^（）()]*[)）]$/.test(line.norm)) open = next;
    else {
      out.push(next);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** The width the text was cut at, or null when it was not hard-wrapped. Table rows (runs of spaces, tabs) do not count. */
function wrapWidth(texts: string[]): number | null {
  const lengths = texts.filter((t) => t.trim().length >= 20 && !/\s{3,}|\t/.test(t.trim())).map((t) => t.trimStart().length);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const band = (w: number) => lengths.filter((n) => n >= w - 2 && n <= w + 1).length;
  let best: number | null = null;
  for (const w of counts.keys()) if (best === null || band(w) > band(best)) best = w;
  if (best === null) return null;
  const inBand = band(best);
  const longer = lengths.filter((n) => n > best! + 1).length;
  return inBand >= 8 && longer <= Math.max(2, inBand * 0.1) ? best + 1 : null;
}

/**
 * A text with a blank line after every line (a Word file saved with blank paragraphs between, or copied through a
 * tool that doubles line breaks): single blank lines mean nothing there and are dropped; a run of two or more stays
 * as one blank line.
 */
export function undoubleSpacing<L extends { norm: string }>(lines: L[]): L[] {
  const blank = (l: L | undefined) => !!l && !l.norm.trim();
  const text = lines.filter((l) => !blank(l));
  const followed = lines.filter((l, i) => !blank(l) && blank(lines[i + 1])).length;
  if (text.length < 10 || followed < text.length * 0.8) return lines;
  return lines.filter((l, i) => !blank(l) || (blank(lines[i + 1]) && !blank(lines[i - 1])));
}
