// Finds the council a parent means, for `la`: the library's getLocalAuthority first, then the spellings people use
// ("Saint Helens", "St. Helens", "Brighton & Hove"), then councils that no longer exist ("Cumbria", "Harrogate") with
// the councils that took over, then district councils ("Sevenoaks") with their county, then close spellings
// ("Manchster", "Knet").
import { districtCouncils } from '../_generated/districtCouncils.js';
import { formerLocalAuthorities } from '../_generated/formerLocalAuthorities.js';
import { localAuthorities } from '../_generated/localAuthorities.js';
import { _coreName } from '../directory/_localAuthorityIndex.js';
import { getLocalAuthority } from '../directory/getLocalAuthority.js';
import { isGuidanceError } from '../errors.js';
import type { LocalAuthority } from '../schemas/localAuthority.js';
import type { _DistrictCouncil, _FormerLocalAuthority } from './formerLocalAuthority.js';

/** What `la` found: a council, a former council and its successors, or nothing (with close names). */
export type _CouncilMatch =
  | { kind: 'found'; authority: LocalAuthority }
  | { kind: 'former'; former: _FormerLocalAuthority; successors: LocalAuthority[] }
  | { kind: 'district'; district: _DistrictCouncil; county: LocalAuthority }
  | { kind: 'none'; suggestions: string[] };

/** The key a name is compared on: its place part, "saint" and "st." as "st", no "upon"/"on" differences in spacing. */
export function _councilKey(name: string): string {
  return _coreName(name.replace(/\bsaint\b/gi, 'st').replace(/\bst\./gi, 'st'))
    .replace(/\bsaint\b/g, 'st')
    .replace(/^(county|borough|city|district) of /, '')
    .replace(/ (county|borough|city|district)$/, '');
}

/** Edit distance with adjacent transpositions ("Knet" is one step from "Kent"). */
export function _editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How many typing mistakes a name of this length may have and still be suggested: 1 up to 5 letters, then 2, then 3. */
export function _allowedMistakes(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

type Entry = { key: string; label: string; current?: LocalAuthority; former?: _FormerLocalAuthority; district?: _DistrictCouncil };

let entries: Entry[] | undefined;
function index(): Entry[] {
  if (entries) return entries;
  const built: Entry[] = [];
  for (const authority of localAuthorities()) {
    for (const name of [authority.name, authority.shortName, ...(authority.otherNames ?? [])]) built.push({ key: _councilKey(name), label: authority.shortName, current: authority });
  }
  for (const former of formerLocalAuthorities) {
    for (const name of [former.name, former.shortName]) built.push({ key: _councilKey(name), label: former.shortName, former });
  }
  for (const district of districtCouncils) {
    for (const name of [district.name, district.shortName]) built.push({ key: _councilKey(name), label: district.shortName, district });
  }
  entries = built;
  return built;
}

function byCode(code: string): LocalAuthority {
  return getLocalAuthority(code);
}

/** Finds a council by name or ONS code; throws only for input the library refuses (empty or too long). */
export function _findCouncil(query: string): _CouncilMatch {
  try {
    return { kind: 'found', authority: getLocalAuthority(query) };
  } catch (error) {
    if (!isGuidanceError(error) || error.code !== 'UNKNOWN_ID' || error.message.includes('matches more than one')) throw error;
  }
  const code = query.trim().toUpperCase();
  const key = _councilKey(query);
  const exact = index().filter((entry) => entry.key === key || entry.former?.gssCode === code || entry.district?.gssCode === code);
  const current = exact.find((entry) => entry.current);
  if (current?.current) return { kind: 'found', authority: current.current };
  const former = exact.find((entry) => entry.former)?.former;
  if (former) return { kind: 'former', former, successors: former.successors.map(byCode) };
  const district = exact.find((entry) => entry.district)?.district;
  if (district) return { kind: 'district', district, county: byCode(district.county) };
  if (key.length < 3) return { kind: 'none', suggestions: [] };
  const scored = new Map<string, number>();
  for (const entry of index()) {
    // A whole name, or its first words ("Westmoreland" for "Westmorland and Furness").
    const words = key.split(' ').length;
    const start = entry.key.split(' ').slice(0, words).join(' ');
    const distance = entry.key.startsWith(`${key} `) ? 0 : Math.min(_editDistance(key, entry.key), start === entry.key ? Infinity : _editDistance(key, start) + 0.5);
    if (distance > _allowedMistakes(Math.min(key.length, entry.key.length))) continue;
    const previous = scored.get(entry.label);
    if (previous === undefined || distance < previous) scored.set(entry.label, distance);
  }
  // Only the closest: "Manchster" suggests Manchester, not Lancaster as well.
  const best = Math.min(...scored.values());
  const suggestions = [...scored].filter(([, distance]) => distance === best).sort((a, b) => a[0].localeCompare(b[0])).slice(0, 3).map(([label]) => label);
  return { kind: 'none', suggestions };
}
