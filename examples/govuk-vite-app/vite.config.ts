import { defineConfig } from 'vite';

export default defineConfig({
  css: {
    lightningcss: {
      // govuk-frontend.min.css still holds three rules for Internet Explorer 8 to 10 (the "@media zero hack",
      // `@media screen\0` and `(min-width: 0\0)`). They are not valid CSS, so Vite 8's default CSS minifier,
      // Lightning CSS, stops with "Unexpected token ParenthesisBlock". Modern browsers ignore those rules, so
      // letting Lightning CSS drop them (it prints a warning for each) changes nothing users see.
      // The other working choice is `build: { cssMinify: false }`: the GOV.UK stylesheet is already minified.
      errorRecovery: true,
    },
  },
  build: {
    // The fonts and images that govuk-frontend.min.css asks for at /assets/... are copied into public/assets
    // by scripts/copy-govuk-assets.mjs (run by `npm run build` and `npm run dev`), and Vite copies public/ as is.
    target: 'es2022',
  },
});
