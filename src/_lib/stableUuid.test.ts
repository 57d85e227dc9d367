import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _sha1, _stableUuid, _STABLE_UUID_NAMESPACE, _URL_NAMESPACE, _uuidV5 } from './stableUuid.js';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** A reference version 5 UUID built on Node's own SHA-1, to compare against. */
function referenceV5(namespace: string, name: string): string {
  const digest = createHash('sha1').update(Buffer.concat([Buffer.from(namespace.replace(/-/g, ''), 'hex'), Buffer.from(name, 'utf8')])).digest();
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  const h = digest.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

describe('_sha1', () => {
  it('gives the FIPS 180 test vectors', () => {
    expect(hex(_sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(_sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(_sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('agrees with Node’s SHA-1 on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => hex(_sha1(bytes)) === createHash('sha1').update(bytes).digest('hex')),
      { numRuns: 300 },
    );
  });
});

describe('_uuidV5', () => {
  it('gives the RFC 9562 test vector (appendix A.4: www.example.com in the DNS namespace)', () => {
    expect(_uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is a version 5, RFC variant UUID that any v5 implementation recomputes, for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (name) => {
        const id = _uuidV5(DNS_NAMESPACE, name);
        return /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id) && id === referenceV5(DNS_NAMESPACE, name);
      }),
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => _uuidV5('not-a-uuid', 'x')).toThrow(RangeError);
  });
});

describe('_stableUuid', () => {
  it('uses the published namespace: the v5 UUID of the package’s npm address in the URL namespace', () => {
    expect(_uuidV5(_URL_NAMESPACE, 'https://www.npmjs.com/package/send-mediation-guidance')).toBe(_STABLE_UUID_NAMESPACE);
    expect(_stableUuid('service/ipsea')).toBe(referenceV5(_STABLE_UUID_NAMESPACE, 'service/ipsea'));
  });

  it('gives different ids to different names', () => {
    expect(_stableUuid('service/ipsea')).not.toBe(_stableUuid('contact/ipsea'));
  });
});
