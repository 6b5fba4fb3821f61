// @ts-check
import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

// `npm run build` (scripts/build.ts) generates the MDX briefings, then runs this build.
// BRIEFING_CONTENT_DIR (read in src/content.config.ts) says where the generated MDX is.
export default defineConfig({
  // The site's public address: pages name it (`<link rel="canonical">`), PDFs link to it and print
  // it. Set it here, or per build with `npm run build -- --site URL` (BRIEFING_SITE).
  site: process.env.BRIEFING_SITE || 'http://localhost:4321',
  outDir: process.env.BRIEFING_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  // Astro 7.2+: pages from getStaticPaths() carry a cacheKey (src/lib/cache-key.ts); a page
  // whose key, code and rendered content entries are unchanged is copied from the previous build.
  experimental: { incrementalBuild: true },
  build: {
    format: 'directory',
    // Every stylesheet is a file: the pages' CSP allows styles from 'self' only.
    inlineStylesheets: 'never'
  },
  vite: {
    build: {
      rollupOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" directive; bundling warns about it, harmlessly.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return
          warn(warning)
        }
      }
    }
  },
  // Article text is shown as written: no smart quotes, no GFM autolinks or strikethrough.
  integrations: [mdx({ gfm: false, smartypants: false })]
})
