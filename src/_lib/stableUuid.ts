/** FNV-1a, 32 bits, with a seed. */
function _fnv(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A UUID-formatted id derived from a string, the same every time (version and variant bits set as for a name-based
 * UUID). Used for the records of exports, so that a re-import updates rather than duplicates. Not cryptographic.
 */
export function _stableUuid(name: string): string {
  const hex = [0, 1, 2, 3].map((seed) => _fnv(name, seed * 0x9e3779b9).toString(16).padStart(8, '0')).join('');
  const chars = hex.split('');
  chars[12] = '5';
  chars[16] = ((parseInt(chars[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = chars.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
