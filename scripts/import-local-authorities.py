#!/usr/bin/env python3
"""One-off import: builds data/local-authorities/england.yaml from ../shared/data (mySociety's UK local authority
names and codes, CC BY 4.0, joined with GOV.UK Local Links Manager data, MIT). The YAML is then the source of truth;
rerun this only to refresh from a newer copy of those files, and review the diff."""
import csv, json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
shared = root.parent / 'shared' / 'data'
derived = json.loads((shared / 'england-send-local-authorities.json').read_text())
nice = {row['gss-code']: row for row in csv.DictReader(open(shared / 'mysociety' / 'uk_local_authorities.csv', encoding='utf-8'))}
TYPES = {'county': 'county', 'unitary': 'unitary', 'metropolitan_district': 'metropolitan-district', 'london_borough': 'london-borough', 'city_corporation': 'city-corporation'}

def q(value):
    return json.dumps(value, ensure_ascii=False)

out = [
    '# The 153 local authorities in England with SEND duties (Children and Families Act 2014, Part 3).',
    '# Contains data from mySociety\'s UK Local Authority Names and Codes, CC BY 4.0',
    '# (https://github.com/mysociety/uk_local_authority_names_and_codes), joined on ONS (GSS) code with GOV.UK Local Links',
    '# Manager data (https://github.com/alphagov/local-links-manager, MIT, Crown copyright) for the GOV.UK slug, name and',
    '# homepage. Built by scripts/import-local-authorities.py; edit this file by hand for changes after import.',
    'sources:',
    '  - url: https://github.com/mysociety/uk_local_authority_names_and_codes',
    "    title: UK Local Authority Names and Codes (data/uk_local_authorities.csv, commit 67ef8b1)",
    '    publisher: mySociety',
    '    checked: 2026-11-28',
    '  - url: https://github.com/alphagov/local-links-manager',
    '    title: Local Links Manager (data/local-authorities.csv, commit a9e5e8e)',
    '    publisher: Government Digital Service',
    '    checked: 2026-11-28',
    'authorities:',
]
for a in derived['authorities']:
    ms = nice.get(a['gssCode'], {})
    short = ms.get('nice-name') or a['name']
    out.append(f"  - gssCode: {a['gssCode']}")
    out.append(f"    name: {q(a['name'])}")
    out.append(f"    shortName: {q(short)}")
    alts = sorted({n for n in [a['officialNameMySociety'], a['nameGovuk']] if n and n != a['name']})
    if alts:
        out.append(f"    otherNames: {q(alts)}")
    out.append(f"    type: {TYPES[a['laType']]}")
    out.append(f"    region: {q(a['region'])}")
    out.append(f"    govukSlug: {a['govukSlug']}")
    out.append(f"    homepage: {q(a['homepageUrl'])}")
    if a['gssCode'] == 'E10000030':
        out.append('    validTo: 2027-03-31')
        out.append('    successors:')
        out.append('      - name: East Surrey Council')
        out.append('      - name: West Surrey Council')
        out.append('    notes: >-')
        out.append('      Surrey County Council and the Surrey districts are due to be replaced by two unitary councils on 1 April')
        out.append('      2027 (reported in October 2025; a later report called the timetable uncertain). Their ONS codes were not yet')
        out.append('      published when this was checked.')
(root / 'data' / 'local-authorities' / 'england.yaml').write_text('\n'.join(out) + '\n')
print(len(derived['authorities']), 'authorities written')
