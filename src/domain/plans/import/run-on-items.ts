/** " 5．议题：…" after the last field of an item, on the same line: the next item, typed on without a line break. */
const NEXT_ITEM = /(?<=\S)[ \t　]+(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*(?:协商议题|协商题目|议题名称|议题|主题|题目)\s*[:：])/u;

/** Two items typed on one line are read as two lines (both keep the line's number, for the source view). */
export function splitRunOnItems<L extends { no: number; norm: string; raw: string }>(lines: L[]): L[] {
  return lines.flatMap((line) => {
    const parts = line.norm.split(NEXT_ITEM);
    if (parts.length === 1) return [line];
    const raws = line.raw.split(NEXT_ITEM);
    return parts.map((norm, i) => ({ ...line, norm, raw: raws.length === parts.length ? raws[i] : norm }));
  });
}
