import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import type { CodeBlock } from "./extract-blocks";

/** A block written out as a module: its file, the lines put above it, and what compiling it said. */
export type CompiledBlock = { block: CodeBlock; path: string; header: string[]; errors: string[] };

const root = join(import.meta.dirname, "..", "..");
const givensModule = "../givens";
const GIVENS = ["plan", "progress", "meta", "report", "text", "templateBytes", "upgrade"];

// The public entry points, each by its source (tests resolve packages to their sources).
const ENTRIES: Record<string, string> = {
  "@cja-kit/core": "packages/core/src/index.ts",
  "@cja-kit/csv": "packages/csv/src/index.ts",
  "@cja-kit/json": "packages/json/src/index.ts",
  "@cja-kit/docx": "packages/docx/src/index.ts",
  "@cja-kit/docx/node": "packages/docx/src/node.ts",
};

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ["@cja-kit/source"],
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
  types: ["node"],
};

function program(files: string[]): ts.Program {
  return ts.createProgram([...files, ...Object.values(ENTRIES).map((file) => join(root, file))], OPTIONS);
}

/** Which entry point exports each public name. */
function exportedBy(compiled: ts.Program): Map<string, string> {
  const checker = compiled.getTypeChecker();
  const names = new Map<string, string>();
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = compiled.getSourceFile(join(root, file));
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    for (const each of symbol === undefined ? [] : checker.getExportsOfModule(symbol))
      if (!names.has(each.getName())) names.set(each.getName(), entry);
  }
  return names;
}

const hasImports = (code: string) => /^\s*import\s/m.test(code);

function missingNames(compiled: ts.Program, path: string): string[] {
  const source = compiled.getSourceFile(path);
  return [
    ...new Set(
      compiled
        .getSemanticDiagnostics(source)
        .filter((d) => d.code === 2304 || d.code === 2552 || d.code === 18004)
        .map((d) => /'([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, "\n"))?.[1] ?? ""),
    ),
  ];
}

/** The import lines that give a block what it uses without declaring: givens, and for a fragment the packages' exports. */
function header(block: CodeBlock, missing: string[], exports: Map<string, string>): string[] {
  const givens = missing.filter((name) => GIVENS.includes(name));
  const byEntry = new Map<string, string[]>();
  if (!hasImports(block.code))
    for (const name of missing) {
      const entry = exports.get(name);
      if (entry !== undefined && !GIVENS.includes(name))
        byEntry.set(entry, [...(byEntry.get(entry) ?? []), name]);
    }
  return [
    ...(givens.length === 0 ? [] : [`import { ${givens.join(", ")} } from "${givensModule}";`]),
    ...[...byEntry].map(([entry, names]) => `import { ${names.join(", ")} } from "${entry}";`),
  ];
}

function errorsOf(compiled: ts.Program, path: string, offset: number): string[] {
  const source = compiled.getSourceFile(path);
  return [...compiled.getSyntacticDiagnostics(source), ...compiled.getSemanticDiagnostics(source)].map(
    (d) => {
      const line =
        d.file === undefined || d.start === undefined
          ? 0
          : d.file.getLineAndCharacterOfPosition(d.start).line;
      return `line ${line + 1 - offset} of the block: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    },
  );
}

/**
 * Writes each block as a module into `folder` (inside the repository, so the packages resolve) and
 * type-checks them all as a user's strict project would, with the givens and, for a fragment
 * without imports, the packages' exports supplied.
 */
export function compileBlocks(blocks: readonly CodeBlock[], folder: string): CompiledBlock[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const named = blocks.map((block, index) => ({
    block,
    path: join(
      folder,
      `${String(index).padStart(2, "0")}-${block.file.replace(/[^a-z0-9]+/gi, "-")}-${block.line}.${block.lang === "ts" ? "ts" : "mjs"}`,
    ),
  }));
  for (const { block, path } of named) writeFileSync(path, `${block.code}export {};\n`);
  const first = program(named.map(({ path }) => path));
  const exports = exportedBy(first);
  const headed = named.map(({ block, path }) => {
    const lines = header(block, missingNames(first, path), exports);
    writeFileSync(path, `${lines.map((line) => `${line}\n`).join("")}${block.code}export {};\n`);
    return { block, path, header: lines };
  });
  const second = program(headed.map(({ path }) => path));
  return headed.map((each) => ({ ...each, errors: errorsOf(second, each.path, each.header.length) }));
}

/** A block's place, for messages: `docs/json.md:42`. */
export const placeOf = (block: CodeBlock) => `${block.file}:${block.line}`;

/** The folder's path from the repository root. */
export const fromRoot = (path: string) => relative(root, path);
