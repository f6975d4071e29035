/**
 * Links a name as written in a notice to the organisation's records: "市政协经济委员会" → the special committee
 * 经济委员会; "民进商洛市委会" → the party 民进; "市发展和改革委员会" → that handling unit. An unmatched name is kept
 * as written and flagged for staff to link or create.
 */
export type OrgRecord = { id: string; name: string; shortName?: string | null };
export type OrgLookups = {
  specialCommittees: OrgRecord[];
  parties: OrgRecord[];
  sectors: OrgRecord[];
  liaisonGroups: OrgRecord[];
  handlingUnits: OrgRecord[];
  /** Names staff have linked by hand before ("市发改委" → 市发展和改革委员会), tried first. */
  aliases?: NameAlias[];
};
export type BodyLink =
  | { kind: 'special_committee' | 'party' | 'sector' | 'liaison_group' | 'handling_unit'; id: string; name: string }
  | null;
export type BodyRole = 'lead' | 'consulted';
export type NameAlias = { role: BodyRole; alias: string; link: NonNullable<BodyLink> };

/** The spelling an alias is kept and looked up under: no spaces. */
export function aliasKey(name: string): string {
  return name.replace(/\s+/g, '');
}

function remembered(name: string, role: BodyRole, org: OrgLookups): BodyLink {
  const key = aliasKey(name);
  return org.aliases?.find((a) => a.role === role && a.alias === key)?.link ?? null;
}


/**
 * The possible cores of a body's name, without the committee's own prefix: "市政协经济委员会" and
 * "政协云州市经济委员会" both give "经济委员会". Every cut after 政协 or a place suffix (省市州县区旗) is a candidate,
 * since a place name may itself hold such a character (云州市).
 */
export function coreNames(name: string): string[] {
  const n = name.replace(/\s+/g, '').replace(/^各/, '');
  const cores = new Set<string>();
  const afterCommittee = /政协(.+)$/.exec(n);
  const base = afterCommittee ? afterCommittee[1] : n;
  cores.add(base);
  for (let i = 0; i < Math.min(base.length - 2, 10); i++) {
    if ('省市州县区旗'.includes(base[i])) cores.add(base.slice(i + 1));
  }
  if (!afterCommittee) cores.add(n);
  return [...cores];
}

const PARTY_ALIASES: [RegExp, string][] = [
  [/^民革/, '民革'],
  [/^民盟/, '民盟'],
  [/^民建/, '民建'],
  [/^民进/, '民进'],
  [/^农工/, '农工党'],
  [/^致公/, '致公党'],
  [/^九三/, '九三学社'],
  [/工商联/, '工商联'],
];

function findIn(records: OrgRecord[], candidates: string[]): OrgRecord | undefined {
  for (const c of candidates) {
    const hit = records.find((r) => r.name === c || (r.shortName && r.shortName === c));
    if (hit) return hit;
  }
  return undefined;
}

/** The record a lead body names: special committee, party, sector or liaison group. */
export function matchLeadBody(name: string, org: OrgLookups): BodyLink {
  const known = remembered(name, 'lead', org);
  if (known) return known;
  const cores = coreNames(name);
  const sc = findIn(org.specialCommittees, [name, ...cores]);
  if (sc) return { kind: 'special_committee', id: sc.id, name: sc.name };
  for (const [re, alias] of PARTY_ALIASES) {
    if (cores.some((c) => re.test(c))) {
      const party = findIn(org.parties, [alias, ...cores]);
      if (party) return { kind: 'party', id: party.id, name: party.name };
    }
  }
  const party = findIn(org.parties, [name, ...cores]);
  if (party) return { kind: 'party', id: party.id, name: party.name };
  const sector = findIn(org.sectors, [name, ...cores, ...cores.map((c) => c.replace(/界别?(组)?$/, '界'))]);
  if (sector) return { kind: 'sector', id: sector.id, name: sector.name };
  const group = findIn(org.liaisonGroups, [name, ...cores]);
  if (group) return { kind: 'liaison_group', id: group.id, name: group.name };
  return null;
}

/** The handling unit a consulted department names, allowing for the 市/县 prefix being left out or added. */
export function matchDepartment(name: string, org: OrgLookups): BodyLink {
  const known = remembered(name, 'consulted', org);
  if (known) return known;
  const n = name.replace(/\s+/g, '');
  const bare = n.replace(/^(市|县|区)/, '');
  const unit =
    findIn(org.handlingUnits, [n]) ??
    org.handlingUnits.find((u) => u.name.replace(/^(市|县|区)/, '') === bare || (u.shortName && u.shortName.replace(/^(市|县|区)/, '') === bare));
  return unit ? { kind: 'handling_unit', id: unit.id, name: unit.name } : null;
}


/** The kind of lead body a name the organisation lacks most likely is, to offer first when it is created. */
export function guessLeadKind(name: string): 'special_committee' | 'party' | 'sector' | 'liaison_group' {
  if (/联络组|工作组|片区/.test(name)) return 'liaison_group';
  if (/民革|民盟|民建|民进|农工|致公|九三|台盟|工商联|总工会|团[市县区]委|共青团|妇联|科协|侨联|台联|文联|青联|无党派/.test(name)) return 'party';
  if (/界(别|别组)?$/.test(name)) return 'sector';
  return 'special_committee';
}

/** A democratic party, a people's organisation, or the non-party members. */
export function guessPartyKind(name: string): 'party' | 'group' | 'none' {
  if (/无党派/.test(name)) return 'none';
  return /民革|民盟|民建|民进|农工|致公|九三|台盟/.test(name) ? 'party' : 'group';
}
