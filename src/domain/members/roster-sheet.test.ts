import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from './roster-columns';
import { checkRoster, type RosterLookups } from './roster-rules';
import { exportFileName, exportSheetColumns, memberRosterRow, rosterSheetColumns, templateExampleRow, type RosterMember } from './roster-sheet';

const lookups: RosterLookups = {
  terms: [{ id: 't5', name: '第五届', number: 5, isCurrent: true }],
  sectors: [{ id: 's1', name: '经济界' }],
  parties: [{ id: 'p1', name: '民建' }],
  specialCommittees: [
    { id: 'sc1', name: '经济委员会', shortName: '经济委' },
    { id: 'sc2', name: '提案委员会', shortName: null },
  ],
  liaisonGroups: [{ id: 'lg1', name: '第一联络组' }],
  phonesInUse: new Map(),
};

const member: RosterMember = {
  name: '林新月',
  gender: 'female',
  birthDate: '1980-12-31',
  ethnicity: '回族',
  sectorName: '经济界',
  partyName: null,
  specialCommittees: [{ name: '提案委员会', position: 'director' }],
  employer: '云州学院教授',
  phone: '13712345678',
  isStanding: true,
  liaisonGroupName: '第一联络组',
  termName: '第五届',
  note: null,
  status: 'left',
  leftDate: '2026-06-30',
};

describe('roster sheet', () => {
  it('writes the import columns, with 状态 and 离任日期 added for the export', () => {
    expect(rosterSheetColumns().map((c) => c.header)).toEqual(['姓名*', '性别', '出生日期', '民族', '界别*', '党派', '专委会', '工作单位及职务', '手机号', '常委', '联络组', '届次', '备注']);
    expect(exportSheetColumns().map((c) => c.header).slice(-2)).toEqual(['状态', '离任日期']);
  });

  it('writes a member as a row the importer reads back to the same member', () => {
    const row = memberRosterRow(member);
    expect(row).toHaveLength(ROSTER_COLUMNS.length + 2);
    expect(row.slice(-2)).toEqual(['离任', new Date('2026-06-30T00:00:00Z')]);
    const check = checkRoster({ headers: exportSheetColumns().map((c) => c.header), rows: [{ row: 2, cells: row }] }, lookups);
    expect(check.rows[0].errors).toEqual([]);
    expect(check.rows[0].input).toMatchObject({
      name: '林新月',
      gender: 'female',
      birthDate: '1980-12-31',
      ethnicity: '回族',
      sectorId: 's1',
      partyId: null,
      specialCommittees: [{ specialCommitteeId: 'sc2', position: 'director' }],
      phone: '13712345678',
      isStanding: true,
      liaisonGroupId: 'lg1',
      termId: 't5',
    });
  });

  it('gives the template an example row that passes the rules', () => {
    const check = checkRoster({ headers: rosterSheetColumns().map((c) => c.header), rows: [{ row: 2, cells: templateExampleRow(lookups) }] }, lookups);
    expect(check.rows[0].errors).toEqual([]);
    expect(check.rows[0].values.specialCommittees).toBe('经济委员会(副主任)、提案委员会');
  });

  it('names the export file by the date in China', () => {
    expect(exportFileName(new Date('2026-03-01T17:00:00Z'))).toBe('委员名册-20260302.xlsx');
    expect(exportFileName(new Date('2026-03-01T15:00:00Z'))).toBe('委员名册-20260301.xlsx');
  });
});
