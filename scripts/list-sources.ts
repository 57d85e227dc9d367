// Prints every legal reference and organisation with its verification and sources, as Markdown.
// Usage: npx tsx scripts/list-sources.ts
import { listLegislation } from '../src/legislation/listLegislation.js';
import { organisations } from '../src/_generated/organisations.js';

console.log('| reference | verification | sources (checked) |\n|---|---|---|');
for (const ref of listLegislation()) {
  console.log(`| ${ref.id} | ${ref.verification} | ${ref.sources.map((s) => `${s.url} (${s.checked})`).join('<br>')} |`);
}
console.log('\n| organisation | fact | sources (checked) |\n|---|---|---|');
for (const org of Object.values(organisations)) {
  console.log(`| ${org.id} | name, summary${org.website ? `, website ${org.website}` : ''} | ${org.sources.map((s) => `${s.url} (${s.checked})`).join('<br>')} |`);
}
