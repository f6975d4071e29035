import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { ROSTER_GUIDE, rosterSheetColumns, templateExampleRow } from '../../domain/members/roster-sheet';
import { forbidden } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { loadRosterLookups } from './roster-lookups';

/** The import template: the roster columns with one fictional example, the committee's valid names, and how to fill it in. */
export async function buildRosterTemplate(db: Db, actor: Actor): Promise<Buffer> {
  if (!memberPolicy.importRoster(actor)) throw forbidden();
  const lookups = await loadRosterLookups(db, actor.committeeId);
  const lists = [
    lookups.sectors.map((s) => s.name),
    lookups.parties.map((p) => p.name),
    lookups.specialCommittees.map((s) => s.name),
    lookups.specialCommittees.map((s) => s.shortName ?? ''),
    lookups.liaisonGroups.map((g) => g.name),
    lookups.terms.map((t) => (t.isCurrent ? `${t.name}（当前）` : t.name)),
  ];
  const height = Math.max(0, ...lists.map((l) => l.length));
  return writeWorkbook([
    { name: '委员名册', columns: rosterSheetColumns(), rows: [templateExampleRow(lookups)] },
    {
      name: '可选值',
      columns: ['界别', '党派', '专委会', '专委会简称', '联络组', '届次'].map((header) => ({ header, width: 24 })),
      rows: Array.from({ length: height }, (_, i) => lists.map((l) => l[i] ?? null)),
    },
    { name: '填写说明', columns: [{ header: '填写说明', width: 100 }], rows: ROSTER_GUIDE.map((line) => [line]) },
  ]);
}
