/**
 * Text copied out of a PDF arrives hard-wrapped: every line of a paragraph is cut at the same width, with page
 * footers ("— 2 —") in between. When most long lines share one length, lines of that length are joined to the
 * next, and footers are dropped. Each joined line keeps the number of its first line, for the source view.
 */
export function reflowWrappedLines<L extends { no: number; norm: string; raw: string }>(lines: L[]): L[] {
  const isFooter = (l: L) => /^\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*$/.test(l.norm);
  const body = lines.filter((l) => !isFooter(l));
  const lengths = body.map((l) => l.norm.length).filter((n) => n >= 15);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [width, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < 8 || count < lengths.length * 0.3) return lines;

  const out: L[] = [];
  let open: L | null = null;
  for (const line of body) {
    if (!line.norm.trim()) {
      if (open) out.push(open);
      open = null;
      out.push(line);
      continue;
    }
    // An indented line, or a numbered heading after a finished sentence, starts a paragraph of its own.
    const startsParagraph = /^\s/.test(line.norm) || (/[。：:；;]$/.test(open?.norm ?? '') && /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/.test(line.norm));
    if (open && startsParagraph) {
      out.push(open);
      open = null;
    }
    const next: L = open ? { ...open, norm: open.norm + line.norm.trim(), raw: open.raw + line.raw.trim() } : line;
    // A line cut at the width goes on; a shorter one ends its paragraph.
    if (line.norm.length >= width - 1) open = next;
    else {
      out.push(next);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}
