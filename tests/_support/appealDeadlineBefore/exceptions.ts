// Oracle, do not edit: a frozen copy of src/_generated/englandAndWalesRules.ts as it was on main at 357782a (2026-11-29), before the size work on
// appealDeadline. tests/appeal-deadline-unchanged.test.ts checks that appealDeadline still gives exactly what this gave.

/** The first and the last day of the published list; later years are projected from the regular rules. */
export const _COVERAGE_FROM = "2014-01-01";
export const _COVERAGE_TO = "2027-12-31";

/**
 * Every difference between the published list and the regular rules, in date order: [date, title], with an empty
 * title for a regular day that was not a holiday that year (it was moved).
 */
export const _EXCEPTIONS: readonly (readonly [string, string])[] = [
  ["2020-05-04",""],
  ["2020-05-08","Early May bank holiday (VE day)"],
  ["2022-05-30",""],
  ["2022-06-02","Spring bank holiday"],
  ["2022-06-03","Platinum Jubilee bank holiday"],
  ["2022-09-19","Bank Holiday for the State Funeral of Queen Elizabeth II"],
  ["2023-05-08","Bank holiday for the coronation of King Charles III"],
];
