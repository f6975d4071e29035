import { readFile } from 'node:fs/promises';
import { parsePlanNotice } from '../domain/plans/import/parse-plan-notice';
import { extractNoticeText } from '../plans/notice-text';

/** `xieshang import-plan FILE [--year YYYY]`: the parsed plan as JSON on stdout, for checking the importer. No server or database needed. */
export async function runImportPlan(file: string | undefined, options: { year?: string; sources?: boolean }) {
  if (!file) throw new Error('用法：xieshang import-plan 文件.txt|文件.docx [--year YYYY]');
  const year = options.year ? Number(options.year) : undefined;
  if (options.year && (!Number.isInteger(year) || year! < 1949 || year! > 2100)) throw new Error(`--year ${options.year} 不是有效年份`);
  const text = await extractNoticeText(file, await readFile(file));
  const plan = parsePlanNotice(text, { year });
  const items = plan.items.map(({ sources, flags, ...item }) => (options.sources ? { ...item, sources, flags } : item));
  const out = { title: plan.title, year: plan.year, docNumber: plan.docNumber, statedTotal: plan.statedTotal, items, warnings: plan.warnings, notice: plan.notice };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
