// The project's rules that a tool can check: types-aware TypeScript, React hooks, accessibility of JSX,
// and the layout's import boundaries (README, "Layout"). A disabled rule carries its reason beside it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import boundaries from "eslint-plugin-boundaries";
import globals from "globals";

/** The layout: what each folder is, and what it may import. Features are captured by name. */
const elements = [
  { type: "shared", pattern: "shared", mode: "folder" },
  { type: "server-generated", pattern: "server/generated", mode: "folder" },
  { type: "server-lib", pattern: "server/lib", mode: "folder" },
  { type: "server-feature", pattern: "server/features/*", mode: "folder", capture: ["feature"] },
  { type: "server-app", pattern: "server/*", mode: "folder" },
  { type: "server-entry", pattern: "server/*.ts", mode: "file" },
  { type: "client-lib", pattern: "client/lib", mode: "folder" },
  { type: "client-components", pattern: "client/components", mode: "folder" },
  { type: "client-feature", pattern: "client/features/*", mode: "folder", capture: ["feature"] },
  { type: "client-app", pattern: "client/app", mode: "folder" },
  { type: "client-entry", pattern: "client/*.tsx", mode: "file" },
  { type: "fixtures", pattern: "fixtures", mode: "folder" },
  { type: "tests", pattern: "tests", mode: "folder" },
];

const allowed = [
  { from: "shared", allow: ["shared"], message: "shared/ is used by server and client: it imports nothing of either" },
  { from: "server-lib", allow: ["shared", "server-lib", "server-generated"], message: "server/lib is below the features: it imports no feature" },
  { from: "server-feature", allow: ["shared", "server-lib", "server-generated", "server-feature"] },
  { from: ["server-app", "server-entry"], allow: ["shared", "server-lib", "server-generated", "server-feature", "server-app", "server-entry", "fixtures"] },
  { from: "client-lib", allow: ["shared", "client-lib"], message: "client/lib is below the components and features: it imports neither" },
  { from: "client-components", allow: ["shared", "client-lib", "client-components"], message: "client/components import no feature" },
  { from: "client-feature", allow: ["shared", "client-lib", "client-components", "client-feature"] },
  { from: ["client-app", "client-entry"], allow: ["shared", "client-lib", "client-components", "client-feature", "client-app", "client-entry"] },
  // fixtures/import/make.ts writes its spreadsheets with the register's own CSV writer.
  { from: "fixtures", allow: ["shared", "fixtures", "server-feature"] },
  { from: "tests", allow: ["shared", "server-lib", "server-generated", "server-feature", "server-app", "server-entry", "fixtures", "tests", "client-lib"] },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "server/generated/**", "tests/artifacts/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Express 5 forwards a rejected promise from a handler to the error middleware: handlers may be async.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false, attributes: false } }],
      // server/lib/pdf.ts shares parsed fonts between documents by loading pdfmake itself, after
      // fontkit is memoized: a static import of pdfmake (or pdfkit) anywhere would load it first.
      "no-restricted-imports": ["error", { paths: [
        { name: "pdfmake", message: "Render PDFs with renderPdf() from server/lib/pdf.ts", allowTypeImports: true },
        { name: "pdfkit", message: "Render PDFs with renderPdf() from server/lib/pdf.ts", allowTypeImports: true },
      ] }],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.flat.recommended.rules },
  },
  { files: ["client/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["shared/**", "server/**", "client/**", "fixtures/**", "tests/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/dependency-nodes": ["import", "export", "dynamic-import"],
      "boundaries/ignore": ["**/*.css"],
      "boundaries/include": ["shared/**", "server/**", "client/**", "fixtures/**", "tests/**"],
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
    },
    rules: {
      "boundaries/element-types": ["error", { default: "disallow", rules: allowed }],
      "boundaries/no-unknown": "error",
    },
  },
  {
    // Outside tests, a feature is entered only through its public index.ts.
    files: ["shared/**", "server/**", "client/**", "fixtures/**"],
    plugins: { boundaries },
    rules: {
      "boundaries/entry-point": ["error", {
        default: "allow",
        rules: [
          { target: ["server-feature", "client-feature"], disallow: ["**"], message: "import another feature only through its index.ts" },
          { target: ["server-feature", "client-feature"], allow: ["index.ts"] },
        ],
      }],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      // supertest types every response body as `any`: the tests read it and assert on it, which is the point.
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
