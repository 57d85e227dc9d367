// The package root. Re-exports only: every public function lives in its own file under a folder per part.
export * from './errors.js';
export * from './content/getGuidancePage.js';
export * from './content/listGuidancePages.js';
export * from './content/getFaq.js';
export * from './content/listFaqs.js';
export * from './render/renderText.js';
export type * from './schemas/index.js';
export * from './deadlines/englandAndWalesCalendar.js';
export * from './deadlines/isWorkingDay.js';
export * from './deadlines/nextWorkingDay.js';
export * from './deadlines/addWorkingDays.js';
export * from './deadlines/listBankHolidays.js';
export * from './deadlines/appealDeadline.js';
export * from './deadlines/mediationAgreementDeadlines.js';
export * from './deadlines/mediationAdviserDeadline.js';
export * from './deadlines/mediationCertificateDeadline.js';
export * from './deadlines/mediationMeetingDeadline.js';
export * from './deadlines/mediationTimeline.js';
