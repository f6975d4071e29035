import type { Timing } from './timing';

/** One measured way of doing the job; the first row of a comparison is its baseline. */
export type OfflineRow = {
  label: string;
  timing: Timing;
  /** Characters of input per pass (the importer rows), for characters per ms. */
  charsPerPass?: number;
  /** Size of one result in bytes (a file or a JSON body), when it is one. */
  outputBytes?: number;
};

/** Work done without a server, compared with a baseline measured in the same process just before it. */
export type OfflineComparison = {
  id: 'import-text' | 'import-docx' | 'files-from-db' | 'docx-from-notice';
  title: string;
  /** What the work ran on. */
  data: string;
  /** The task count per pass: the importer times each notice as one call; elsewhere one call a pass. */
  tasksPerPass: number;
  rows: OfflineRow[];
  /** A hand-picked detail worth reporting, e.g. the slowest notice. */
  note?: string;
};

export type OfflineResult = { comparisons: OfflineComparison[]; settings: { warmup: number; passes: number; docPasses: number } };

export type OfflineInput = { quick: boolean };
