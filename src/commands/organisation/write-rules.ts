import type { Db } from '../../db/database';
import { assertReferences } from '../../db/references';
import type { OrganisationInput, OrganisationKind } from '../../domain/organisation/organisation-kinds';

/** What a write changed besides the record itself; recorded in the audit event's `after`. */
export type SideEffects = Record<string, unknown> | undefined;
type WriteRule<K extends OrganisationKind> = (trx: Db, committeeId: string, input: OrganisationInput<K>, id: string | null) => Promise<SideEffects>;

/** The checks and changes that some kinds need around a create or update, inside the command's transaction. */
const writeRules: { [K in OrganisationKind]?: WriteRule<K> } = {
  /** Only one current term per committee: making one current clears the others. */
  terms: async (trx, committeeId, input, id) => {
    if (!input.isCurrent) return undefined;
    // Serialises "make current" within the committee, so two at once cannot leave two current terms.
    // (NO KEY UPDATE does not block inserts that merely reference the committee.)
    await trx.selectFrom('committees').select('id').where('id', '=', committeeId).forNoKeyUpdate().execute();
    let clear = trx.updateTable('terms').set({ is_current: false }).where('committee_id', '=', committeeId).where('is_current', '=', true);
    if (id) clear = clear.where('id', '<>', id);
    const cleared = await clear.returning(['id', 'name']).execute();
    return cleared.length ? { noLongerCurrent: cleared } : undefined;
  },
  /** A session belongs to a term of the same committee; a wrong id is a 400 on the field, not a foreign-key 409. */
  sessions: async (trx, committeeId, input) => {
    await assertReferences(trx, committeeId, [{ table: 'terms', id: input.termId, field: 'termId' }]);
    return undefined;
  },
};

export function applyWriteRules<K extends OrganisationKind>(trx: Db, committeeId: string, kind: K, input: OrganisationInput<K>, id: string | null): Promise<SideEffects> {
  const rule = writeRules[kind];
  return rule ? rule(trx, committeeId, input, id) : Promise.resolve(undefined);
}
