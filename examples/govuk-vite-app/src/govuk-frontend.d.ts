// govuk-frontend 5 ships JavaScript without type declarations; this is the one function the app calls.
declare module 'govuk-frontend' {
  /** Starts every GOV.UK Frontend component (found by its data-module attribute) inside `scope`. */
  export function initAll(config?: { scope?: Element }): void;
}
