import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(REPO, 'tests/fixtures/plans');
/** The team's shared sample, beside the repository; not every checkout has it. */
const SHARED_SAMPLE = path.join(REPO, '../shared/samples/plans/shangluo-2024.txt');

export type Notice = { name: string; text: string };

/** A UTF-8 notice as the importer receives it: a leading byte-order mark dropped, as extractNoticeText does. */
function readNotice(file: string): Notice {
  const text = readFileSync(file, 'utf8');
  return { name: path.basename(file, '.txt'), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** The fictional notices the importer's tests score (tests/fixtures/plans/*.txt) and the shared sample when present. */
export function loadCorpus(): { notices: Notice[]; sharedSample: boolean } {
  const notices = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readNotice(path.join(FIXTURES, f)));
  if (notices.length === 0) throw new Error(`no notices in ${FIXTURES}`);
  const sharedSample = existsSync(SHARED_SAMPLE);
  if (sharedSample) notices.push(readNotice(SHARED_SAMPLE));
  return { notices, sharedSample };
}

/** The notice the per-plan benchmarks build their plan from: the shared sample (16 items) when present, else the largest fixture. */
export function mainNotice(corpus: Notice[]): Notice {
  return corpus.find((n) => n.name === 'shangluo-2024') ?? [...corpus].sort((a, b) => b.text.length - a.text.length)[0];
}
