import { localAuthorities } from '../_generated/localAuthorities.js';
import type { LocalAuthority } from '../schemas/localAuthority.js';

/** Lower case, "&" as "and", punctuation removed, spaces collapsed. */
export function _normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The place part of a council name: "London Borough of Camden" -> "camden", "Kent County Council" -> "kent". */
export function _coreName(name: string): string {
  return _normaliseName(name)
    .replace(/^the /, '')
    .replace(/^(london borough of|royal borough of|city and county of|city of|county of|borough of|council of the) /, '')
    .replace(/ (metropolitan borough council|metropolitan district council|county borough council|borough council|city council|county council|district council|council|corporation)$/, '')
    .trim();
}

let index: Map<string, LocalAuthority | null> | undefined;

/** Every way of naming each authority, mapped to it (null where two authorities share a key). */
export function _localAuthorityIndex(): Map<string, LocalAuthority | null> {
  if (index) return index;
  const built = new Map<string, LocalAuthority | null>();
  const add = (key: string, authority: LocalAuthority): void => {
    if (key === '') return;
    const existing = built.get(key);
    built.set(key, existing === undefined || existing === authority ? authority : null);
  };
  for (const authority of localAuthorities()) {
    add(authority.gssCode.toLowerCase(), authority);
    for (const name of [authority.name, authority.shortName, ...(authority.otherNames ?? [])]) {
      add(_normaliseName(name), authority);
      add(_coreName(name), authority);
    }
  }
  index = built;
  return built;
}
