import type { HandlingUnitInput } from '../../domain/organisation/handling-unit-schema';

/** The columns of a unit row from validated input. */
export function handlingUnitColumns(input: HandlingUnitInput) {
  return {
    name: input.name,
    short_name: input.shortName,
    category: input.category,
    address: input.address,
    contacts: JSON.stringify(input.contacts),
    active: input.active,
    sort: input.sort,
  };
}
