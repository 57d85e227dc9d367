// Name-based UUIDs, version 5 (RFC 9562, section 5.5; formerly RFC 4122, section 4.3): the SHA-1 of a namespace
// UUID and a name, with the version and variant bits set. Anyone can recompute them with any UUID library, for
// example `uuid.v5(name, STABLE_UUID_NAMESPACE)`. Pure JavaScript, so it runs the same in Node and in browsers.

/** The URL namespace of RFC 9562 (section 6.6). */
export const _URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * The namespace of every id this package derives: the version 5 UUID of the URL namespace and the package's
 * address on npm, `https://www.npmjs.com/package/send-mediation-guidance`. Published in CHANGELOG.md and
 * docs/council-web-teams.md.
 */
export const _STABLE_UUID_NAMESPACE = 'ffda96a8-4f65-56b4-9799-20869d27e7b4';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function _rotl(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

/** SHA-1 (FIPS 180-4) of a byte string. Used only to derive ids, as RFC 9562 prescribes; not for security. */
export function _sha1(bytes: Uint8Array): Uint8Array {
  const length = bytes.length;
  const blocks = Math.ceil((length + 9) / 64);
  const message = new Uint8Array(blocks * 64);
  message.set(bytes);
  message[length] = 0x80;
  const view = new DataView(message.buffer);
  view.setUint32(message.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(message.length - 4, (length * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block * 64 + t * 4);
    for (let t = 16; t < 80; t++) w[t] = _rotl((w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number), 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const next = (_rotl(a, 5) + f + e + k + (w[t] as number)) >>> 0;
      e = d;
      d = c;
      c = _rotl(b, 30) >>> 0;
      b = a;
      a = next;
    }
    h[0] = ((h[0] as number) + a) >>> 0;
    h[1] = ((h[1] as number) + b) >>> 0;
    h[2] = ((h[2] as number) + c) >>> 0;
    h[3] = ((h[3] as number) + d) >>> 0;
    h[4] = ((h[4] as number) + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}

/** The version 5 UUID of `name` (as UTF-8) in `namespace` (a UUID), in lower case. */
export function _uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new RangeError(`not a UUID: ${namespace.slice(0, 40)}`);
  const hex = namespace.replace(/-/g, '');
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const hash = _sha1(input).subarray(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const out = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20)}`;
}

/**
 * The id of a record this package derives (an Open Referral service, contact or phone, a local IAS service): the
 * version 5 UUID of `name` in {@link _STABLE_UUID_NAMESPACE}. The same name gives the same id everywhere, so a
 * re-import updates records instead of duplicating them.
 */
export function _stableUuid(name: string): string {
  return _uuidV5(_STABLE_UUID_NAMESPACE, name);
}
