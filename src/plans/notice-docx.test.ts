import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parsePlanNotice } from '../domain/plans/import/parse-plan-notice';
import { planFormLabels, type PlanForm } from '../domain/plans/plan-forms';
import { groupByForm, timeText, type PlanNotice } from '../domain/plans/plan-notice-model';
import { totalsSentence } from '../domain/plans/plan-totals';
import { planNoticeDocxBuffer } from './notice-docx';

const sample = readFileSync(path.resolve('../shared/samples/plans/shangluo-2024.txt'), 'utf8');

function noticeFromSample(): PlanNotice {
  const plan = parsePlanNotice(sample);
  const items = plan.items.map((i) => ({ ...i, timeText: timeText(i.start, i.end) }));
  return {
    issuer: '政协商洛市委员会',
    docNumber: plan.docNumber,
    noticeTitle: `政协商洛市委员会关于印发《${plan.title}》的通知`,
    recipients: '市政协办公室、研究室、各专门委员会',
    noticeBody: `《${plan.title}》已经中共商洛市委常委会会议审议通过，现印发你们，请认真组织实施。`,
    signature: '政协商洛市委员会',
    issueDate: '2024-03-13',
    planTitle: plan.title!,
    preamble: '为充分发挥人民政协专门协商机构作用，特制定本计划。',
    totalsSentence: totalsSentence(2024, plan.items),
    sections: groupByForm(items, (f) => planFormLabels[f as PlanForm]),
    requirements: '1. 加强组织领导，明确职责任务。\n2. 精心组织实施，统筹推进。',
    reportTo: '省政协办公厅',
    sendTo: '市委、市政府',
    printer: '政协商洛市委员会办公室',
    printDate: '2024-03-13',
  };
}

describe('plan notice .docx', () => {
  it('opens again with the document number, title, every item and the totals sentence', async () => {
    const notice = noticeFromSample();
    const buffer = await planNoticeDocxBuffer(notice);
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain('政协商洛市委员会文件');
    expect(text).toContain('商政协发〔2024〕6号');
    expect(text).toContain(notice.noticeTitle);
    expect(text).toContain('2024年，共安排协商活动16次，其中主题协商1次、常委会专题议政性协商2次、对口协商7次、界别协商2次、专题视察监督协商2次、党派联合协商2次');
    for (const section of notice.sections) for (const item of section.items) expect(text).toContain(item.title);
    expect(text).toContain('市政协五届十二次常委会议');
    expect(text).toContain('报：省政协办公厅');
    expect(text).toContain('2024年3月13日印发');
  });

  it('prints an item\'s brand', async () => {
    const notice = noticeFromSample();
    notice.sections[0].items[0].brandTag = '有事好商量';
    const { value: text } = await mammoth.extractRawText({ buffer: await planNoticeDocxBuffer(notice) });
    expect(text).toContain('协商品牌：有事好商量');
  });

  it('names the 公文 fonts and the GB/T 9704 page in the file', async () => {
    const buffer = await planNoticeDocxBuffer(noticeFromSample());
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toMatch(/w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toContain('w:linePitch="579"');
    const footers = Object.keys(zip.files).filter((f) => f.startsWith('word/footer'));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    expect(await zip.file(footers[0])!.async('string')).toContain('PAGE');
  });

  it('gives the work requirements one heading, numbered after the item sections, whether or not the text brings its own', async () => {
    for (const requirements of ['七、工作要求\n1. 加强组织领导。', '1. 加强组织领导。']) {
      const notice = { ...noticeFromSample(), requirements };
      const { value: text } = await mammoth.extractRawText({ buffer: await planNoticeDocxBuffer(notice) });
      expect(text.match(/工作要求/g)).toHaveLength(1);
      expect(text).toContain(`${['一', '二', '三', '四', '五', '六', '七'][notice.sections.length]}、工作要求`);
    }
  });

  it('floats the 版记 to the foot of the last page (GB/T 9704)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await planNoticeDocxBuffer(noticeFromSample()));
    const xml = await zip.file('word/document.xml')!.async('string');
    // Three rows (报, 送, the printer) of one 579-twip line each, set against the foot of the 22-line text block; placed
    // from the page's left edge at the left margin, as LibreOffice keeps a margin-wide table inline otherwise.
    const position = /<w:tblpPr ([^>]*)\/>/.exec(xml)![1];
    expect(position).toContain(`w:tblpY="${(22 - 3) * 579}"`);
    expect(position).toContain('w:horzAnchor="page"');
    expect(position).toContain(`w:tblpX="${Math.round(28 * 56.7)}"`);
    expect(position).toContain('w:vertAnchor="margin"');
    expect(xml.match(/<w:trHeight w:val="579" w:hRule="exact"\/>/g)).toHaveLength(3);
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${Math.round(156 * 56.7)}"/>`);
  });
});
