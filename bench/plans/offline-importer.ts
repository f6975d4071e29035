import mammoth from 'mammoth';
import { parsePlanNotice, type ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { planNoticeDocxBuffer } from '../../src/plans/notice-docx';
import { extractNoticeText } from '../../src/plans/notice-text';
import type { Notice } from './corpus';
import { noticeFromParsed } from './notice-from-plan';
import type { OfflineComparison } from './offline-result';
import { timeTasks } from './timing';

/** The least any reader of a notice does: NFKC-normalise the text, split it into lines and trim them. */
export const bareRead = (text: string) =>
  text
    .normalize('NFKC')
    .split(/\r?\n/)
    .map((line) => line.trim());

/** The importer on every notice of the corpus, each parse timed on its own, beside the bare read of the same text. */
export async function benchImportText(notices: Notice[], sharedSample: boolean, passes: { warmup: number; passes: number }): Promise<OfflineComparison> {
  const chars = notices.reduce((sum, n) => sum + n.text.length, 0);
  const items = notices.reduce((sum, n) => sum + parsePlanNotice(n.text).items.length, 0);
  const baseline = await timeTasks(
    notices.map((n) => () => bareRead(n.text)),
    passes,
  );
  const importer = await timeTasks(
    notices.map((n) => () => parsePlanNotice(n.text)),
    passes,
  );
  const slowest = importer.perTaskMedianMs.reduce((best, ms, i) => (ms > importer.perTaskMedianMs[best] ? i : best), 0);
  const fixtures = sharedSample ? notices.length - 1 : notices.length;
  return {
    id: 'import-text',
    title: 'Notice importer, text (parsePlanNotice)',
    data:
      `${notices.length} notices (${fixtures} from tests/fixtures/plans${sharedSample ? ' + ../shared/samples/plans/shangluo-2024.txt' : '; the shared sample was absent'}), ` +
      `${chars.toLocaleString('en')} characters, ${items} items read`,
    tasksPerPass: notices.length,
    rows: [
      { label: 'bare read: NFKC, split into lines, trim', timing: baseline, charsPerPass: chars },
      { label: 'parsePlanNotice', timing: importer, charsPerPass: chars },
    ],
    note: `slowest notice: ${notices[slowest].name} (${notices[slowest].text.length.toLocaleString('en')} characters), median ${importer.perTaskMedianMs[slowest].toFixed(2)} ms`,
  };
}

/**
 * A .docx notice written by the project's own generator from a parsed plan, read back the way an upload is read
 * (extractNoticeText: mammoth's HTML, then htmlparser2, then the importer), beside mammoth's raw-text extraction alone.
 */
export async function benchImportDocx(main: Notice, passes: { warmup: number; passes: number }): Promise<OfflineComparison> {
  const parsed: ParsedPlan = parsePlanNotice(main.text);
  const buffer = await planNoticeDocxBuffer(noticeFromParsed(parsed));
  const reread = parsePlanNotice(await extractNoticeText('notice.docx', buffer));
  const rawText = (await mammoth.extractRawText({ buffer })).value;
  const baseline = await timeTasks([() => mammoth.extractRawText({ buffer })], passes);
  const extract = await timeTasks([() => extractNoticeText('notice.docx', buffer)], passes);
  const whole = await timeTasks([async () => parsePlanNotice(await extractNoticeText('notice.docx', buffer))], passes);
  return {
    id: 'import-docx',
    title: 'Notice importer, .docx (extractNoticeText + parsePlanNotice)',
    data:
      `${main.name}: ${parsed.items.length} items written by src/plans/notice-docx.ts into a ${(buffer.length / 1024).toFixed(1)} KB .docx ` +
      `(${rawText.length.toLocaleString('en')} characters of text); read back: ${reread.items.length} items`,
    tasksPerPass: 1,
    rows: [
      { label: 'mammoth.extractRawText alone', timing: baseline, charsPerPass: rawText.length },
      { label: 'extractNoticeText (mammoth HTML → lines)', timing: extract, charsPerPass: rawText.length },
      { label: 'extractNoticeText + parsePlanNotice', timing: whole, charsPerPass: rawText.length },
    ],
  };
}
