// Small helpers that write GOV.UK Frontend markup. Everything that is not our own literal markup goes through esc().

/** Escapes text for HTML content and attribute values. */
export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An error shown in the error summary and beside its field. `href` is the id of the field to jump to. */
export interface FieldError {
  href: string;
  text: string;
}

export function errorSummary(errors: readonly FieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => `<li><a href="#${esc(e.href)}">${esc(e.text)}</a></li>`).join('');
  return `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${items}</ul></div></div></div>`;
}

export function errorMessage(id: string, error: FieldError | undefined): string {
  return error ? `<p id="${esc(id)}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${esc(error.text)}</p>` : '';
}

export function backLink(href: string): string {
  return `<a href="${esc(href)}" class="govuk-back-link">Back</a>`;
}

export function button(text: string): string {
  return `<button type="submit" class="govuk-button" data-module="govuk-button">${esc(text)}</button>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** GOV.UK radios or checkboxes in a fieldset whose legend is the page heading. */
export function choices(options: {
  kind: 'radios' | 'checkboxes';
  name: string;
  legend: string;
  hint?: string | undefined;
  items: readonly Choice[];
  checked: readonly string[];
  error?: FieldError | undefined;
}): string {
  const { kind, name, legend, hint, items, checked, error } = options;
  const input = kind === 'radios' ? 'radio' : 'checkbox';
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const body = items
    .map((item, i) => {
      const id = i === 0 ? name : `${name}-${i + 1}`;
      const hintId = `${id}-item-hint`;
      return `<div class="govuk-${kind}__item"><input class="govuk-${kind}__input" id="${esc(id)}" name="${esc(name)}" type="${input}" value="${esc(item.value)}"${checked.includes(item.value) ? ' checked' : ''}${item.hint ? ` aria-describedby="${esc(hintId)}"` : ''}><label class="govuk-label govuk-${kind}__label" for="${esc(id)}">${esc(item.label)}</label>${item.hint ? `<div id="${esc(hintId)}" class="govuk-hint govuk-${kind}__hint">${esc(item.hint)}</div>` : ''}</div>`;
    })
    .join('');
  return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset"${describedBy ? ` aria-describedby="${esc(describedBy)}"` : ''}><legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">${esc(legend)}</h1></legend>${hint ? `<div id="${esc(name)}-hint" class="govuk-hint">${esc(hint)}</div>` : ''}${errorMessage(name, error)}<div class="govuk-${kind}" data-module="govuk-${kind}">${body}</div></fieldset></div>`;
}

/** A GOV.UK date input (day, month, year). `asHeading` makes the legend the page's h1. */
export function dateInput(options: {
  name: string;
  legend: string;
  hint?: string | undefined;
  value?: { day: string; month: string; year: string } | undefined;
  error?: FieldError | undefined;
  asHeading: boolean;
}): string {
  const { name, legend, hint, value, error, asHeading } = options;
  const hintText = hint ? `${hint} For example, 27 3 2026.` : 'For example, 27 3 2026.';
  const describedBy = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const field = (part: 'day' | 'month' | 'year', label: string, width: number): string =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${esc(name)}-${part}">${label}</label><input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}" id="${esc(name)}-${part}" name="${esc(name)}-${part}" type="text" inputmode="numeric" autocomplete="off" value="${esc(value?.[part] ?? '')}"></div></div>`;
  const legendHtml = asHeading
    ? `<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">${esc(legend)}</h1></legend>`
    : `<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${esc(legend)}</legend>`;
  return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset" role="group" aria-describedby="${esc(describedBy)}">${legendHtml}<div id="${esc(name)}-hint" class="govuk-hint">${esc(hintText)}</div>${errorMessage(name, error)}<div class="govuk-date-input" id="${esc(name)}">${field('day', 'Day', 2)}${field('month', 'Month', 2)}${field('year', 'Year', 4)}</div></fieldset></div>`;
}

/** Reads a GOV.UK date input back as `YYYY-MM-DD`, or says what is wrong in words a parent understands. */
export function readDate(form: FormData, name: string, label: string): { date: string } | { error: string; value: { day: string; month: string; year: string } } {
  const value = {
    day: String(form.get(`${name}-day`) ?? '').trim(),
    month: String(form.get(`${name}-month`) ?? '').trim(),
    year: String(form.get(`${name}-year`) ?? '').trim(),
  };
  const missing = (['day', 'month', 'year'] as const).filter((part) => value[part] === '');
  if (missing.length === 3) return { error: `Enter ${label}`, value };
  if (missing.length > 0) return { error: `${capitalise(label)} must include a ${missing.join(' and a ')}`, value };
  if (!/^\d{1,2}$/.test(value.day) || !/^\d{1,2}$/.test(value.month) || !/^\d{4}$/.test(value.year)) {
    return { error: `${capitalise(label)} must be a real date, written in numbers`, value };
  }
  const [d, m, y] = [Number(value.day), Number(value.month), Number(value.year)];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return { error: `${capitalise(label)} must be a real date`, value };
  return { date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Splits `YYYY-MM-DD` into the three boxes of a date input. */
export function dateParts(date: string | undefined): { day: string; month: string; year: string } | undefined {
  if (date === undefined) return undefined;
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
