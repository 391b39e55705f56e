import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
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

export default defineConfig({
  root: here("./client"),
  publicDir: false,
  plugins: [react(), precompress()],
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
