// GOV.UK Frontend: its compiled stylesheet (fonts and images come from public/assets, see
// scripts/copy-govuk-assets.mjs) and its JavaScript for the components on each screen.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { initAll } from 'govuk-frontend';
import { checkAnswersView, outcomeView, questionView, resetState, setNavigation, type View } from './flowScreens';
import { appealDeadlineView, guidanceView, homeView, notFoundView, setShow } from './otherScreens';
import { todayFrom } from './today';

const root = document.getElementById('app') as HTMLElement;

function show(view: View): void {
  document.title = view.title;
  root.innerHTML = view.html;
  view.attach?.(root);
  initAll({ scope: root });
  // After a refused answer, GOV.UK's error summary takes focus (its own script does this on init).
}

function go(url: string): void {
  location.assign(url);
}

setNavigation({ show, go });
setShow(show);

const params = new URLSearchParams(location.search);
const today = todayFrom(location.search);
const screen = params.get('screen') ?? 'home';
const id = params.get('id') ?? '';
if (params.get('restart') === 'yes') resetState();

const views: Record<string, () => View> = {
  home: () => homeView(today),
  guidance: () => guidanceView(id),
  question: () => questionView(today, id, params.get('change') === 'yes'),
  'check-answers': () => checkAnswersView(today),
  outcome: () => outcomeView(today),
  'appeal-deadline': () => appealDeadlineView(location.search),
};
show((views[screen] ?? notFoundView)());
