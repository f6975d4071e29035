import { Parser } from 'htmlparser2';

/**
 * The plain text of an uploaded notice. A .docx goes through mammoth's HTML: one paragraph a line, and each table
 * row one line with its cells separated by tabs (the importer reads such rows as a table). Anything else is read
 * as UTF-8 text.
 */
export async function extractNoticeText(fileName: string, content: Buffer): Promise<string> {
  const isZip = content.length > 4 && content[0] === 0x50 && content[1] === 0x4b;
  if (/\.docx$/i.test(fileName) || isZip) {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({ buffer: content });
    return htmlToLines(result.value).join('\n');
  }
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** mammoth's HTML as lines: paragraphs and headings one a line; a table row's cells joined by tabs. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  let text = '';
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let depth = 0; // tables inside tables are read as text of the outer cell

  const endBlock = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!t) return;
    if (cell) cell.push(t);
    else lines.push(t);
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') depth++;
        if (depth > 1) return;
        if (name === 'tr') row = [];
        else if ((name === 'td' || name === 'th') && row) cell = [];
        else if (name === 'br') text += ' ';
      },
      ontext(data) {
        text += data;
      },
      onclosetag(name) {
        if (name === 'table') depth--;
        if (depth > 1 && name !== 'table') return;
        if (BLOCKS.has(name)) endBlock();
        else if ((name === 'td' || name === 'th') && row && cell) {
          endBlock();
          // A cell's paragraphs are one value; tabs inside it would break the row.
          row.push(cell.join(' ').replace(/\t/g, ' '));
          cell = null;
        } else if (name === 'tr' && row) {
          if (row.some((c) => c)) lines.push(row.join('\t'));
          row = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return lines;
}
