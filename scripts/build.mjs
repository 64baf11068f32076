// `npm start` runs compiled JavaScript: this bundles src/main.ts into dist/ (ESM, Node 20, dependencies left
// to node_modules, dynamic imports kept as lazily loaded chunks — the dashboard's pages are one), so the
// server carries no TypeScript loader.
// The crash points (AUDIT_CRASH_POINT), the stepped clock (AUDIT_CLOCK_FILE) and the injected full disk
// (AUDIT_DISK_FULL_FLAG) exist only in the test build (tsx on src/): here they are compiled away.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: a fresh folder each time, so no chunk of an older build lingers.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  define: {
    'process.env.AUDIT_CRASH_POINT': 'undefined',
    'process.env.AUDIT_CLOCK_FILE': 'undefined',
    'process.env.AUDIT_DISK_FULL_FLAG': 'undefined',
  },
  // The dashboard's pages are server-rendered JSX (hono/jsx), as tsconfig.json says.
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  logLevel: 'warning',
});
