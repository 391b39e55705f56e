import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("./client"),
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: {
      "@shared": here("./shared"),
      "@client": here("./client"),
      "@server": here("./server"),
      "@fixtures": here("./fixtures"),
      "@tests": here("./tests"),
    },
  },
  build: { outDir: here("./dist/client"), emptyOutDir: true, sourcemap: true },
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
