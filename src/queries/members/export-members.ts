import { auditAs, type CommandContext } from '../../commands/context';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { AuditAction } from '../../domain/audit-actions';
import type { MemberFilter } from '../../domain/members/member-schema';
import { exportFileName, exportSheetColumns, memberRosterRow, type RosterMember } from '../../domain/members/roster-sheet';
import { forbidden } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { listMembers } from './list-members';

const PAGE = 200;
const CHUNK = 500;

/**
 * The ids of every member the list shows for this filter, in the list's order. Paging through the list
 * query itself keeps the export's filter exactly that of GET /api/members.
 */
async function filteredIds(db: Db, actor: Actor, filter: MemberFilter): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listMembers(db, actor, filter, page, PAGE);
    ids.push(...items.map((m) => m.id));
    if (items.length < PAGE || ids.length >= total) return ids;
  }
}

async function loadMembers(db: Db, committeeId: string, ids: string[]): Promise<RosterMember[]> {
  const byId = new Map<string, RosterMember>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('members as m')
      .innerJoin('terms as t', (j) => j.onRef('t.committee_id', '=', 'm.committee_id').onRef('t.id', '=', 'm.term_id'))
      .innerJoin('sectors as s', (j) => j.onRef('s.committee_id', '=', 'm.committee_id').onRef('s.id', '=', 'm.sector_id'))
      .leftJoin('parties as p', (j) => j.onRef('p.committee_id', '=', 'm.committee_id').onRef('p.id', '=', 'm.party_id'))
      .leftJoin('liaison_groups as lg', (j) => j.onRef('lg.committee_id', '=', 'm.committee_id').onRef('lg.id', '=', 'm.liaison_group_id'))
      .selectAll('m')
      .select(['t.name as term_name', 's.name as sector_name', 'p.name as party_name', 'lg.name as liaison_group_name'])
      .where('m.committee_id', '=', committeeId)
      .where('m.id', 'in', chunk)
      .execute();
    const scs = await db
      .selectFrom('member_special_committees as msc')
      .innerJoin('special_committees as sc', (j) => j.onRef('sc.committee_id', '=', 'msc.committee_id').onRef('sc.id', '=', 'msc.special_committee_id'))
      .select(['msc.member_id', 'sc.name', 'msc.position'])
      .where('msc.committee_id', '=', committeeId)
      .where('msc.member_id', 'in', chunk)
      .orderBy('sc.sort')
      .execute();
    const scsOf = new Map<string, RosterMember['specialCommittees']>();
    for (const s of scs) scsOf.set(s.member_id, [...(scsOf.get(s.member_id) ?? []), { name: s.name, position: s.position }]);
    for (const m of rows) {
      byId.set(m.id, {
        name: m.name,
        gender: m.gender,
        birthDate: m.birth_date,
        ethnicity: m.ethnicity,
        sectorName: m.sector_name,
        partyName: m.party_name,
        specialCommittees: scsOf.get(m.id) ?? [],
        employer: m.employer,
        phone: m.phone,
        isStanding: m.is_standing,
        liaisonGroupName: m.liaison_group_name,
        termName: m.term_name,
        note: m.note,
        status: m.status,
        leftDate: m.left_date,
      });
    }
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Every member matching the list filter (all pages) as a roster workbook the importer can read back.
 * An export of personal data is audited like a change: who, when, which filter, how many.
 */
export async function exportMembers(ctx: CommandContext, filter: MemberFilter): Promise<{ fileName: string; content: Buffer; count: number }> {
  if (!memberPolicy.export(ctx.actor)) throw forbidden();
  const ids = await filteredIds(ctx.db, ctx.actor, filter);
  const members = await loadMembers(ctx.db, ctx.actor.committeeId, ids);
  const content = await writeWorkbook([{ name: '委员名册', columns: exportSheetColumns(), rows: members.map(memberRosterRow) }]);
  const fileName = exportFileName(ctx.now ?? new Date());
  await auditAs(ctx.db, ctx, {
    action: AuditAction.MembersExported,
    objectType: 'member',
    objectLabel: fileName,
    after: { filter, count: members.length },
  });
  return { fileName, content, count: members.length };
}
