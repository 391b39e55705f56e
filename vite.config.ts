import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

/** Writes name.br and name.gz beside every text file of the build worth compressing (1 KB or more). */
function precompress(): Plugin {
  return {
    name: "precompress",
    apply: "build",
    writeBundle({ dir }) {
      const walk = (folder: string): string[] => readdirSync(folder, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(folder, e.name)) : [path.join(folder, e.name)]));
      for (const file of walk(dir ?? "")) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
        }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * The home page's own chunks (the catalogue with Leaflet) load in parallel with the entry instead of
 * after it; on other paths nothing is preloaded, so officers' pages never fetch Leaflet for nothing.
 */
function preloadHomePage(page = "app/catalogue-page.tsx"): Plugin {
  return {
    name: "preload-home-page",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === "chunk");
        const entry = chunks.find((c) => c.isEntry);
        const home = chunks.find((c) => c.facadeModuleId?.endsWith(page));
        if (!entry || !home) return html;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const needed = new Set<string>();
        const visit = (name: string) => {
          if (needed.has(name) || name === entry.fileName || entry.imports.includes(name)) return;
          needed.add(name);
          byName.get(name)?.imports.forEach(visit);
        };
        visit(home.fileName);
        const css = [...needed].flatMap((n) => [...(byName.get(n)?.viteMetadata?.importedCss ?? [])]);
        const links = [...[...needed].map((n) => ["modulepreload", `/${n}`]), ...css.map((n) => ["preload", `/${n}`])];
        const script = `if(location.pathname==="/")for(const[r,h]of ${JSON.stringify(links)}){const l=document.createElement("link");l.rel=r;l.href=h;l.crossOrigin="";if(r==="preload")l.as="style";document.head.append(l)}`;
        return html.replace("</title>", `</title>\n    <script>${script}</script>`);
      },
    },
  };
}

/**
 * zod's classic schemas each carry a `toJSONSchema()` method, so its JSON Schema generator (about 18 KB
 * minified) came with every schema to the browser, the home page included, though only the server uses
 * it (the OpenAPI document). In the client build those two modules become stubs with the same exports that
 * throw when called. Should zod move them, nothing is stubbed and the build says so.
 */
function serverOnlyJsonSchema(): Plugin {
  const core = path.join(path.dirname(createRequire(import.meta.url).resolve("zod")), "v4", "core");
  const modules = ["json-schema-processors.js", "to-json-schema.js"].map((name) => path.join(core, name));
  const prefix = "\0client-stub:";
  let stubbed = 0;
  return {
    name: "server-only-json-schema",
    apply: "build",
    enforce: "pre",
    resolveId: {
      filter: { id: /json-schema/ },
      handler(source, importer) {
        const file = importer && path.resolve(path.dirname(importer), source);
        return file && modules.includes(file) ? `${prefix}${file}` : null;
      },
    },
    load: {
      filter: { id: new RegExp(`^${prefix}`) },
      async handler(id) {
        stubbed++;
        const names = Object.keys(await import(pathToFileURL(id.slice(prefix.length)).href) as object);
        // Every schema makes its methods with the create...Method factories (`~standard` included): they
        // must still make them; the methods, and everything else, throw when called.
        return [
          "const refuse = () => { throw new Error(\"zod's JSON Schema is not in the client build (vite.config.ts)\"); };",
          ...names.map((name) => `export const ${name} = ${/^create\w+Method$/.test(name) ? "() => refuse" : "refuse"};`),
        ].join("\n");
      },
    },
    buildEnd() {
      if (stubbed === 0) this.warn(`zod's JSON Schema modules were not found (${modules.join(", ")}): the client carries them`);
    },
  };
}

export default defineConfig({
  root: here("./client"),
  publicDir: false,
  plugins: [react(), serverOnlyJsonSchema(), preloadHomePage(), precompress()],
  resolve: {
    alias: {
      "@shared": here("./shared"),
      "@client": here("./client"),
      "@server": here("./server"),
      "@fixtures": here("./fixtures"),
      "@tests": here("./tests"),
    },
  },
  // No source maps in production: the server would not send them anyway (server/app.ts).
  build: { outDir: here("./dist/client"), emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://localhost:3000" } },
  test: {
    root: here("."),
    include: ["shared/**/*.test.ts", "server/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: [here("./tests/support/global-setup.ts")],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    pool: "forks",
  },
});
