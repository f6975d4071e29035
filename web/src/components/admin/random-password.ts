const SETS = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '@#%&*+=?!'];

const pick = (set: string) => set[crypto.getRandomValues(new Uint32Array(1))[0] % set.length];

/** An initial password with every character class, long enough for the policy; look-alike characters left out. */
export function randomPassword(minLength: number): string {
  const length = Math.max(minLength, 12);
  const chars = SETS.map(pick);
  const all = SETS.join('');
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
