import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  OverlapType,
  PageNumber,
  Paragraph,
  HeightRule,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { chineseDate, requirementsSection, type NoticeItem, type PlanNotice } from '../domain/plans/plan-notice-model';
import { chineseOrdinal } from '../domain/plans/plan-totals';

/**
 * The plan notice as .docx in the GB/T 9704-2012 layout: A4, margins 37/35/28/26 mm, 22 lines of 28 characters,
 * body 3号仿宋, title 2号小标宋, red issuing-authority mark and separator, 版记 lines, page numbers "— 1 —"
 * on the outer side. The fonts are named in the file; Word substitutes them where they are not installed.
 */
const FONT = { body: '仿宋_GB2312', title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' };
const SIZE = { er: 44, san: 32, si: 28 }; // half-points: 2号 22pt, 3号 16pt, 4号 14pt
const MM = 56.7; // twips per millimetre
const LINE = 579; // 22 lines in the 225 mm text block, in twentieths of a point
const LINES_PER_PAGE = 22;
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const RED = 'FF0000';

const run = (text: string, font = FONT.body, size = SIZE.san, extra: Partial<ConstructorParameters<typeof TextRun>[0] & object> = {}) =>
  new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, ...extra });

const para = (children: TextRun[], options: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ children, spacing: { line: LINE, lineRule: 'exact', before: 0, after: 0 }, ...options });

/** A body paragraph: first line indented two characters. */
const body = (text: string) => para([run(text)], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED });
const blank = () => para([run('')]);
const labelled = (label: string, value: string) => body(`${label}：${value}`);

function itemParagraphs(item: NoticeItem, index: number | null): Paragraph[] {
  const out: Paragraph[] = [];
  const prefix = index === null ? '' : `${index}. `;
  if (item.meeting) {
    out.push(body(`${prefix}${item.meeting}`));
    out.push(labelled('协商议题', item.title));
  } else {
    out.push(body(`${prefix}协商议题：${item.title}`));
  }
  out.push(labelled('时间安排', item.timeText));
  if (item.leadUnits.length) out.push(labelled('承办单位', item.leadUnits.join('、')));
  if (item.consultedDepartments.length) out.push(labelled('协商部门', item.consultedDepartments.join('、')));
  if (item.leadLeader) out.push(labelled('牵头领导', item.leadLeader));
  if (item.participants) out.push(labelled('参加人员', item.participants));
  if (item.brandTag) out.push(labelled('协商品牌', item.brandTag));
  if (item.contents?.length) {
    out.push(body('主要内容：'));
    for (const line of item.contents) out.push(body(line));
  }
  return out;
}

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const indent = alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent,
        children: [
          run('— ', FONT.pageNumber, SIZE.si),
          new TextRun({ children: [PageNumber.CURRENT], font: { ascii: FONT.pageNumber, eastAsia: FONT.pageNumber }, size: SIZE.si }),
          run(' —', FONT.pageNumber, SIZE.si),
        ],
      }),
    ],
  });
}

/**
 * 版记: 报/送 lines and the printer with the print date, between horizontal rules (thick first and last). GB/T 9704
 * puts it at the foot of the last page, so it is a table floated to the bottom margin of the page it falls on.
 */
function recordTable(notice: PlanNotice): Table {
  const rows: { text: string; right?: string }[] = [];
  if (notice.reportTo) rows.push({ text: `报：${notice.reportTo}` });
  if (notice.sendTo) rows.push({ text: `送：${notice.sendTo}` });
  rows.push({ text: notice.printer, right: notice.printDate ? `${chineseDate(notice.printDate)}印发` : '' });
  const width = Math.round(156 * MM);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    // No cell margins, so the rules run exactly from margin to margin.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    // Placed by its offset from the top of the text block, which Word, WPS and LibreOffice all honour (LibreOffice
    // ignores "bottom" as a relative position); each row is exactly one line high, so the offset is known.
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      absoluteVerticalPosition: (LINES_PER_PAGE - rows.length) * LINE,
      overlap: OverlapType.NEVER,
    },
    rows: rows.map((row, i) => {
      const children = [run(row.text, FONT.body, SIZE.si)];
      if (row.right) children.push(run(`\t${row.right}`, FONT.body, SIZE.si));
      return new TableRow({
        height: { value: LINE, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: {
              top: i === 0 ? { style: BorderStyle.SINGLE, size: 8, color: '000000' } : { style: BorderStyle.SINGLE, size: 4, color: '000000' },
              bottom: { style: BorderStyle.SINGLE, size: i === rows.length - 1 ? 8 : 4, color: '000000' },
              left: none,
              right: none,
            },
            children: [
              new Paragraph({
                children,
                indent: { left: 280, right: 280 },
                tabStops: row.right ? [{ type: 'right', position: width - 560 }] : undefined,
                spacing: { line: LINE, lineRule: 'exact' },
              }),
            ],
          }),
        ],
      });
    }),
  });
}

export function buildPlanNoticeDocx(notice: PlanNotice): Document {
  const children: (Paragraph | Table)[] = [];
  // 发文机关标志 and 发文字号, then the red separator.
  children.push(para([run(`${notice.issuer}文件`, FONT.title, 52, { color: RED })], { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 600, line: 900, lineRule: 'exact' } }));
  if (notice.docNumber) children.push(para([run(notice.docNumber)], { alignment: AlignmentType.CENTER }));
  children.push(
    new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 1 } }, spacing: { after: LINE } }),
  );
  children.push(para([run(notice.noticeTitle, FONT.title, SIZE.er)], { alignment: AlignmentType.CENTER, spacing: { line: 800, lineRule: 'exact', after: LINE } }));
  if (notice.recipients) children.push(para([run(`${notice.recipients}：`)]));
  children.push(body(notice.noticeBody));
  children.push(blank());
  children.push(para([run(notice.signature)], { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
  if (notice.issueDate) children.push(para([run(chineseDate(notice.issueDate))], { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));

  // The plan itself, on a new page.
  children.push(para([run(notice.planTitle, FONT.title, SIZE.er)], { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 800, lineRule: 'exact', after: LINE } }));
  for (const line of (notice.preamble ?? '').split('\n').filter(Boolean)) children.push(body(line));
  children.push(body(`${notice.totalsSentence.replace(/。$/, '')}。具体如下：`));
  notice.sections.forEach((section, s) => {
    children.push(para([run(`${chineseOrdinal(s + 1)}、${section.heading}`, FONT.heading1)], { indent: { firstLine: 640 } }));
    section.items.forEach((item, i) => children.push(...itemParagraphs(item, section.items.length > 1 ? i + 1 : null)));
  });
  const requirements = requirementsSection(notice.requirements);
  if (requirements) {
    children.push(para([run(`${chineseOrdinal(notice.sections.length + 1)}、${requirements.heading}`, FONT.heading1)], { indent: { firstLine: 640 } }));
    for (const line of requirements.lines) children.push(body(line));
  }
  children.push(recordTable(notice));
  // A table must not end the document; the anchor paragraph after it is empty.
  children.push(blank());

  return new Document({
    creator: notice.printer,
    title: notice.noticeTitle,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: FONT.body, eastAsia: FONT.body, hAnsi: FONT.body }, size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { ...MARGIN, footer: Math.round(28 * MM) },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: 0 },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
}

export function planNoticeDocxBuffer(notice: PlanNotice): Promise<Buffer> {
  return Packer.toBuffer(buildPlanNoticeDocx(notice));
}
