import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlanNotice } from '../domain/plans/import/parse-plan-notice';
import { extractNoticeText, htmlToLines } from './notice-text';

const row = (cells: string[][]) => new TableRow({ children: cells.map((paragraphs) => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) })) });

async function wordNotice(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('政协松岭市委员会文件'),
          new Paragraph('松政协发〔2026〕3号'),
          new Paragraph('松岭市政协2026年度协商工作计划'),
          new Paragraph('全年共安排协商活动2次。'),
          new Table({
            rows: [
              row([['序号'], ['协商议题'], ['协商形式'], ['牵头单位'], ['协商部门'], ['时间']]),
              row([['1'], ['推进城市更新'], ['常委会议协商'], ['市政协经济委员会'], ['市住建局', '市自然资源局'], ['6月']]),
              row([['2'], ['加强耕地保护'], ['对口协商'], ['市政协农业和农村委员会'], [''], ['第三季度']]),
            ],
          }),
          new Paragraph('二、工作要求'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('notice text from Word', () => {
  it('reads paragraphs one a line and a table row by row, cells separated by tabs, so the importer reads the table', async () => {
    const text = await extractNoticeText('plan.docx', await wordNotice());
    expect(text.split('\n')).toContain('1\t推进城市更新\t常委会议协商\t市政协经济委员会\t市住建局 市自然资源局\t6月');
    const plan = parsePlanNotice(text);
    expect(plan).toMatchObject({ year: 2026, docNumber: '松政协发〔2026〕3号', statedTotal: 2 });
    expect(plan.items.map((i) => [i.form, i.title, i.start, i.end, i.leadUnits, i.consultedDepartments])).toEqual([
      ['standing_committee', '推进城市更新', '2026-06', '2026-06', ['市政协经济委员会'], ['市住建局', '市自然资源局']],
      ['counterpart', '加强耕地保护', '2026-07', '2026-09', ['市政协农业和农村委员会'], []],
    ]);
  });

  it('keeps entities decoded and line breaks inside a paragraph as spaces', () => {
    expect(htmlToLines('<p>A&amp;B<br />C</p><p></p><h1>标题</h1>')).toEqual(['A&B C', '标题']);
  });

  it('reads a text file as UTF-8 without its byte-order mark', async () => {
    expect(await extractNoticeText('a.txt', Buffer.from('\ufeff一、对口协商', 'utf8'))).toBe('一、对口协商');
  });
});
