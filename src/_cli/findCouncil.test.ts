import { describe, expect, it } from 'vitest';
import { _allowedMistakes, _councilKey, _editDistance, _findCouncil } from './findCouncil.js';

const name = (query: string) => {
  const match = _findCouncil(query);
  if (match.kind === 'found') return match.authority.name;
  if (match.kind === 'former') return `${match.former.name} -> ${match.successors.map((s) => s.name).join(' + ')}`;
  if (match.kind === 'district') return `${match.district.name} in ${match.county.name}`;
  return `none: ${match.suggestions.join(' | ')}`;
};

describe('_findCouncil: the spellings parents use', () => {
  it.each([
    ['Saint Helens', 'St Helens Council'],
    ['St Helens', 'St Helens Council'],
    ['st. helens', 'St Helens Council'],
    ['Telford and Wrekin', 'Telford & Wrekin Council'],
    ['Hammersmith & Fulham', 'London Borough of Hammersmith & Fulham'],
    ['Brighton & Hove', 'Brighton and Hove City Council'],
    ['kent county council', 'Kent County Council'],
  ])('%s is %s', (query, expected) => {
    expect(name(query)).toBe(expected);
  });
});

describe('_findCouncil: councils that no longer exist name the councils that took over', () => {
  it.each([
    ['Cumbria', 'Cumbria County Council -> Cumberland Council + Westmorland and Furness Council'],
    ['Cumbria County Council', 'Cumbria County Council -> Cumberland Council + Westmorland and Furness Council'],
    ['E10000006', 'Cumbria County Council -> Cumberland Council + Westmorland and Furness Council'],
    ['Northamptonshire', 'Northamptonshire County Council -> North Northamptonshire Council + West Northamptonshire Council'],
    ['E10000023', 'North Yorkshire County Council -> North Yorkshire Council'],
    ['E10000027', 'Somerset County Council -> Somerset Council'],
    ['Harrogate', 'Harrogate Borough Council -> North Yorkshire Council'],
    ['Carlisle', 'Carlisle City Council -> Cumberland Council'],
    ['Barrow-in-Furness', 'Barrow-in-Furness Borough Council -> Westmorland and Furness Council'],
    ['Poole', 'Borough of Poole -> Bournemouth, Christchurch and Poole Council'],
    ['Aylesbury Vale', 'Aylesbury Vale District Council -> Buckinghamshire Council'],
  ])('%s', (query, expected) => {
    expect(name(query)).toBe(expected);
  });

  it('still finds the current council first where the name lives on', () => {
    expect(name('North Yorkshire')).toBe('North Yorkshire Council');
    expect(name('Somerset County Council')).toBe('Somerset Council');
    expect(name('Dorset')).toBe('Dorset Council');
  });
});

describe('_findCouncil: a district council sends the parent to its county', () => {
  it.each([
    ['Sevenoaks', 'Sevenoaks District Council in Kent County Council'],
    ['Cambridge', 'Cambridge City Council in Cambridgeshire County Council'],
    ['Newcastle-under-Lyme', 'Newcastle-under-Lyme Borough Council in Staffordshire County Council'],
    ['E07000111', 'Sevenoaks District Council in Kent County Council'],
  ])('%s', (query, expected) => {
    expect(name(query)).toBe(expected);
  });

  it('never takes a district for a SEND authority of the same place', () => {
    expect(name('Newcastle')).toBe('Newcastle City Council');
    expect(name('Durham')).toBe('Durham County Council');
  });
});

describe('_findCouncil: close spellings are suggested, distant ones are not', () => {
  it.each([
    ['Kentt', 'Kent'],
    ['Knet', 'Kent'], // two letters swapped
    ['Manchster', 'Manchester'],
    ['Birmingam', 'Birmingham'],
    ['Leicstershire', 'Leicestershire'],
    ['Westmoreland', 'Westmorland and Furness'],
    ['Southend', 'Southend-on-Sea'],
    ['Glouster', 'Gloucester'], // a district: la Gloucester then names Gloucestershire
  ])('%s suggests %s', (query, suggestion) => {
    const match = _findCouncil(query);
    expect(match.kind).toBe('none');
    expect(match.kind === 'none' && match.suggestions[0]).toBe(suggestion);
  });

  it('suggests nothing for a name that is not close to any council', () => {
    for (const query of ['xyz', 'Paris', 'Atlantis']) expect(name(query)).toBe('none: ');
    expect(name('Manchster')).toBe('none: Manchester'); // not Lancaster, one letter further
  });

  it('allows more mistakes in longer names', () => {
    expect([3, 5, 6, 9, 10, 20].map(_allowedMistakes)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(_editDistance('knet', 'kent')).toBe(1);
    expect(_editDistance('kent', 'kent')).toBe(0);
    expect(_editDistance('', 'abc')).toBe(3);
    expect(_councilKey('Saint Helens Council')).toBe(_councilKey('St. Helens'));
  });
});
