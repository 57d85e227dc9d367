// The start page, a guidance page, and the appeal deadline calculator.
import { appealDeadline, formatDate, getGuidancePage, isGuidanceError, listGuidancePages, renderHtml } from 'send-mediation-guidance';
import { FIRST_QUESTION, type View } from './flowScreens';
import { backLink, button, dateInput, dateParts, errorSummary, esc, readDate, type FieldError } from './html';
import { href } from './links';

export function homeView(today: string): View {
  const pages = listGuidancePages()
    .map((page) => `<li><a class="govuk-link" href="${esc(href('guidance', { id: page.id }))}">${esc(page.title)}</a></li>`)
    .join('');
  return {
    title: 'After your mediation',
    html: `<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-xl">After your mediation</h1><p class="govuk-body-l">Find out what you can do after a SEND mediation or disagreement resolution meeting in England, and by when.</p><p class="govuk-body">Answer a few questions about your meeting. It takes about 5 minutes. We work out your dates from today's date, ${esc(formatDate(today))}.</p><a href="${esc(href('question', { id: FIRST_QUESTION, restart: 'yes' }))}" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">Start now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg></a><h2 class="govuk-heading-m">Read the guidance</h2><ul class="govuk-list">${pages}</ul><h2 class="govuk-heading-m">Work out a date</h2><ul class="govuk-list"><li><a class="govuk-link" href="${esc(href('appeal-deadline'))}">Work out your last day to appeal to the SEND Tribunal</a></li></ul></div></div></main>`,
  };
}

export function guidanceView(id: string): View {
  const known = listGuidancePages().find((p) => p.id === id);
  if (known === undefined) return notFoundView();
  const page = getGuidancePage(known.id as Parameters<typeof getGuidancePage>[0]);
  return {
    title: page.title,
    html: `${backLink(href('home'))}<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${renderHtml(page, { style: 'govuk' })}</div></div></main>`,
  };
}

export function notFoundView(): View {
  return {
    title: 'Page not found - After your mediation',
    html: `<main class="govuk-main-wrapper" id="main-content"><h1 class="govuk-heading-l">Page not found</h1><p class="govuk-body"><a class="govuk-link" href="${esc(href('home'))}">Go to the start page</a></p></main>`,
  };
}

interface Entered {
  letter?: { day: string; month: string; year: string } | undefined;
  certificate?: { day: string; month: string; year: string } | undefined;
}

/**
 * The appeal deadline calculator: the date on the decision letter and, if there is one, on the mediation
 * certificate. With ?letter= (and ?certificate=) it shows the result, with every step of the reasoning.
 */
export function appealDeadlineView(search: string, errors: FieldError[] = [], entered: Entered = {}): View {
  const params = new URLSearchParams(search);
  const letter = params.get('letter') ?? undefined;
  const certificate = params.get('certificate') ?? undefined;
  let result = '';
  if (letter !== undefined && errors.length === 0) {
    try {
      const deadline = appealDeadline(certificate === undefined ? { decisionLetterDate: letter } : { decisionLetterDate: letter, mediationCertificateDate: certificate });
      const steps = deadline.steps.map((step) => `<li>${esc(step.description)}</li>`).join('');
      result = `<div class="govuk-panel govuk-panel--confirmation"><h2 class="govuk-panel__title">Your last day to appeal</h2><div class="govuk-panel__body"><time datetime="${esc(deadline.lastDay)}">${esc(formatDate(deadline.lastDay, { weekday: true }))}</time>, by 5pm</div></div><h2 class="govuk-heading-m">How we worked this out</h2><ol class="govuk-list govuk-list--number">${steps}</ol><p class="govuk-body">Send your appeal well before the last day. The tribunal must receive it by then.</p>`;
    } catch (error) {
      if (!isGuidanceError(error)) throw error;
      errors = [{ href: 'letter-day', text: error.message }];
    }
  }
  const dateFields =
    dateInput({ name: 'letter', legend: 'When did the council send the letter with its decision?', hint: 'The date on the decision letter.', value: entered.letter ?? dateParts(letter), error: errors.find((e) => e.href.startsWith('letter')), asHeading: false }) +
    dateInput({ name: 'certificate', legend: 'What date is on your mediation certificate? (optional)', hint: 'Leave this empty if you have not got one.', value: entered.certificate ?? dateParts(certificate), error: errors.find((e) => e.href.startsWith('certificate')), asHeading: false });
  return {
    title: `${errors.length > 0 ? 'Error: ' : ''}Work out your last day to appeal - After your mediation`,
    html: `${backLink(href('home'))}<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${errorSummary(errors)}<h1 class="govuk-heading-l">Work out your last day to appeal</h1><p class="govuk-body">An appeal to the SEND Tribunal must reach it within 2 months of the council's decision letter, or 1 month after your mediation certificate if that is later.</p>${result}<form novalidate>${dateFields}${button(result === '' ? 'Work out the date' : 'Work it out again')}</form></div></div></main>`,
    attach(root) {
      root.querySelector('form')?.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        const found: FieldError[] = [];
        const readLetter = readDate(data, 'letter', 'the date of the decision letter');
        if ('error' in readLetter) found.push({ href: 'letter-day', text: readLetter.error });
        const certificateEmpty = ['day', 'month', 'year'].every((part) => String(data.get(`certificate-${part}`) ?? '').trim() === '');
        const readCertificate = certificateEmpty ? undefined : readDate(data, 'certificate', 'the date on the mediation certificate');
        if (readCertificate && 'error' in readCertificate) found.push({ href: 'certificate-day', text: readCertificate.error });
        if (found.length > 0) {
          return showHook(appealDeadlineView('', found, { letter: 'error' in readLetter ? readLetter.value : undefined, certificate: readCertificate && 'error' in readCertificate ? readCertificate.value : undefined }));
        }
        const query: Record<string, string> = { letter: (readLetter as { date: string }).date };
        if (readCertificate) query['certificate'] = (readCertificate as { date: string }).date;
        location.assign(href('appeal-deadline', query));
      });
    },
  };
}

let showHook: (view: View) => void = () => undefined;
export function setShow(show: (view: View) => void): void {
  showHook = show;
}
