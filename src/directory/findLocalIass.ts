import { organisations } from '../_generated/organisations.js';
import { _deepFreeze } from '../_lib/deepFreeze.js';
import { _validateLocalIass } from '../_lib/validateLocal.js';
import { GuidanceError } from '../errors.js';
import type { LocalAuthority, LocalIass } from '../schemas/localAuthority.js';
import type { Organisation } from '../schemas/organisation.js';
import { getLocalAuthority } from './getLocalAuthority.js';
import { _assertOptions } from '../_lib/limits.js';

/**
 * Supplies a council's own local IAS service: given the council, return its entry, or `undefined` when it has none.
 * A council's CMS plugin, or an app with its own list, implements this.
 *
 * @example
 * const provider: LocalIassProvider = (authority) => undefined;
 * provider({} as never) //=> undefined
 */
export type LocalIassProvider = (authority: LocalAuthority) => LocalIass | undefined;

/**
 * What {@link findLocalIass} found: the council's own local IAS service (`kind: 'local'`), or, when none was
 * supplied, the national Information, Advice and Support Services Network as the place to look it up
 * (`kind: 'national-directory'`, `fallback: true`).
 *
 * @example
 * const result: LocalIassResult = findLocalIass('E10000016');
 * result.fallback //=> true
 */
export type LocalIassResult =
  | { kind: 'local'; fallback: false; localAuthority: LocalAuthority; service: LocalIass }
  | { kind: 'national-directory'; fallback: true; localAuthority: LocalAuthority; organisation: Organisation; message: string };

/**
 * Finds the local information, advice and support (IAS) service for a council. No complete public list of local
 * services exists, so the library ships none: a council or app supplies its own through `provider`. Without one (or
 * when it has no entry for the council), the result is the national IAS Services Network, clearly flagged as a
 * fallback, so the parent is still told where to look. A supplied entry is checked like any untrusted input.
 *
 * @param gssCodeOrName - The council, as for {@link getLocalAuthority}.
 * @param options - `provider`: returns the council's own entry.
 * @throws {@link GuidanceError} `UNKNOWN_ID` for an unknown council; `INVALID_DETAILS` when the provider returns an
 * invalid entry, or one that does not cover the council.
 *
 * @example
 * findLocalIass('Kent').kind //=> 'national-directory'
 * const provider = () => ({
 *   name: 'Kent SENDIASS (example)', website: 'https://sendiass.example.org', localAuthorities: ['E10000016'],
 *   source: { url: 'https://sendiass.example.org', title: 'Home', publisher: 'Example', checked: '2026-11-28' },
 * });
 * findLocalIass('E10000016', { provider }).kind //=> 'local'
 */
export function findLocalIass(gssCodeOrName: string, options: { provider?: LocalIassProvider } = {}): LocalIassResult {
  const localAuthority = getLocalAuthority(gssCodeOrName);
  _assertOptions(options, 'options');
  const { provider } = options;
  if (provider !== undefined && typeof provider !== 'function') {
    throw new GuidanceError('INVALID_ARGUMENT', 'options.provider must be a function (authority) => LocalIass | undefined.', { argument: 'options.provider' });
  }
  const supplied = provider?.(localAuthority);
  if (supplied !== undefined) {
    _validateLocalIass(supplied, 'provider result');
    if (!supplied.localAuthorities.includes(localAuthority.gssCode)) {
      throw new GuidanceError(
        'INVALID_DETAILS',
        `provider result.localAuthorities does not include ${localAuthority.gssCode} (${localAuthority.name}), the council asked for.`,
        { argument: 'provider result.localAuthorities' },
      );
    }
    return _deepFreeze({ kind: 'local', fallback: false, localAuthority, service: structuredClone(supplied) });
  }
  return _deepFreeze({
    kind: 'national-directory',
    fallback: true,
    localAuthority,
    organisation: organisations.iassn,
    message: `No local IAS service was supplied for ${localAuthority.name}. Every council must have one: ask ${localAuthority.name}, or look it up through the Information, Advice and Support Services Network.`,
  });
}
