import { describe, expect, it } from 'vitest';
import { coreNames, guessLeadKind, guessPartyKind, matchDepartment, matchLeadBody, type OrgLookups } from './name-matching';

const org: OrgLookups = {
  specialCommittees: [
    { id: 'sc1', name: '经济委员会', shortName: '经济委' },
    { id: 'sc2', name: '提案委员会', shortName: '提案委' },
  ],
  parties: [
    { id: 'p1', name: '民进' },
    { id: 'p2', name: '工商联' },
  ],
  sectors: [{ id: 's1', name: '经济界' }],
  liaisonGroups: [{ id: 'g1', name: '第一联络组' }],
  handlingUnits: [
    { id: 'u1', name: '市发展和改革委员会', shortName: '市发改委' },
    { id: 'u2', name: '市财政局' },
  ],
};

describe('name matching', () => {
  it.each([
    ['市政协经济委员会', 'sc1'],
    ['政协云州市经济委员会', 'sc1'],
    ['县政协提案委', 'sc2'],
    ['民进商洛市委会', 'p1'],
    ['市工商联', 'p2'],
    ['经济界', 's1'],
    ['第一联络组', 'g1'],
  ])('links the lead body %s', (name, id) => {
    expect(matchLeadBody(name, org)?.id).toBe(id);
  });

  it('links a name staff linked by hand before, for its role only, whatever its spacing', () => {
    const unit = { kind: 'handling_unit' as const, id: 'u1', name: org.handlingUnits[0].name };
    const withAlias: OrgLookups = { ...org, aliases: [{ role: 'consulted', alias: '市发展改革部门', link: unit }] };
    expect(matchDepartment('市 发展改革部门', withAlias)).toEqual(unit);
    expect(matchDepartment('市发展改革部门', org)).toBeNull();
    expect(matchLeadBody('市发展改革部门', withAlias)).toBeNull();
  });

  it('keeps an unknown body unlinked', () => {
    expect(matchLeadBody('市政协委员工作委员会', org)).toBeNull();
  });

  it.each([
    ['市发展和改革委员会', 'u1'],
    ['市发改委', 'u1'],
    ['发展和改革委员会', 'u1'],
    ['财政局', 'u2'],
  ])('links the department %s', (name, id) => {
    expect(matchDepartment(name, org)?.id).toBe(id);
  });

  it('strips the committee prefix', () => {
    expect(coreNames('市政协农业农村委员会')).toContain('农业农村委员会');
    expect(coreNames('政协云州市经济委员会')).toContain('经济委员会');
    expect(coreNames('各专委会')).toContain('专委会');
  });
});

describe('guessLeadKind', () => {
  it.each([
    ['第九联络组', 'liaison_group'],
    ['民建丰渠市委会', 'party'],
    ['市工商联', 'party'],
    ['科技界', 'sector'],
    ['农业和农村界别', 'sector'],
    ['市政协港澳台侨和外事委员会', 'special_committee'],
  ])('takes %s for a %s', (name, kind) => {
    expect(guessLeadKind(name)).toBe(kind);
  });
});

describe('guessPartyKind', () => {
  it.each([
    ['民建丰渠市委会', 'party'],
    ['市工商联', 'group'],
    ['无党派人士', 'none'],
  ])('takes %s for %s', (name, kind) => {
    expect(guessPartyKind(name)).toBe(kind);
  });
});
