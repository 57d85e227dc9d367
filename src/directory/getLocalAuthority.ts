import { localAuthorities } from '../_generated/localAuthorities.js';
import { _assertText, _excerpt, _LIMITS } from '../_lib/limits.js';
import { _closest } from '../_lib/unknownId.js';
import { GuidanceError } from '../errors.js';
import type { LocalAuthority } from '../schemas/localAuthority.js';
import { _coreName, _localAuthorityIndex, _normaliseName } from './_localAuthorityIndex.js';

/**
 * Finds one of the 153 local authorities in England with SEND duties by ONS code or name, ignoring case and
 * punctuation: `'E10000016'`, `'Kent'`, `'Kent County Council'` and `'kent county council'` all find Kent.
 *
 * @throws {@link GuidanceError} `UNKNOWN_ID` when nothing matches, with the closest names suggested;
 * `INVALID_ARGUMENT` when the argument is not a non-empty string.
 *
 * @example
 * getLocalAuthority('Kent County Council').gssCode //=> 'E10000016'
 * getLocalAuthority('e10000016').shortName //=> 'Kent'
 * getLocalAuthority('camden council').name //=> 'London Borough of Camden'
 */
export function getLocalAuthority(gssCodeOrName: string): LocalAuthority {
  _assertText(gssCodeOrName, 'gssCodeOrName', _LIMITS.localAuthorityQuery, '"Kent" or "E10000016"');
  if (gssCodeOrName.trim() === '') {
    throw new GuidanceError('INVALID_ARGUMENT', 'getLocalAuthority expects an ONS code such as "E10000016" or a name such as "Kent".', {
      argument: 'gssCodeOrName',
    });
  }
  const index = _localAuthorityIndex();
  for (const key of [gssCodeOrName.trim().toLowerCase(), _normaliseName(gssCodeOrName), _coreName(gssCodeOrName)]) {
    const found = index.get(key);
    if (found) return found;
    if (found === null) {
      const matches = localAuthorities().filter((a) => [a.name, a.shortName].some((n) => _coreName(n) === key)).map((a) => a.name);
      throw new GuidanceError('UNKNOWN_ID', `${_excerpt(gssCodeOrName)} matches more than one local authority: ${matches.join(', ')}. Use the full name or the ONS code.`, {
        argument: 'gssCodeOrName',
        expected: matches,
      });
    }
  }
  const names = localAuthorities().map((a) => a.shortName);
  const close = _closest(_coreName(gssCodeOrName), names.map((n) => n.toLowerCase()), 3).map((lower) => names.find((n) => n.toLowerCase() === lower) as string);
  throw new GuidanceError(
    'UNKNOWN_ID',
    `No local authority in England with SEND duties is called or coded ${_excerpt(gssCodeOrName)}.${close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Use a name such as "Kent" or an ONS code such as "E10000016".`,
    { argument: 'gssCodeOrName', expected: close },
  );
}
