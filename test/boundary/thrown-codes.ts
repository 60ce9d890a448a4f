import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "..", "..");

/** The source file of an entry point (`@cja-kit/docx/node`), from its package's `exports`. */
export function sourceOf(entry: string): string {
  const [, scope, name, sub] = /^(@[^/]+)\/([^/]+)(?:\/(.+))?$/.exec(entry) ?? [];
  if (scope === undefined || name === undefined) throw new Error(`Not a package entry: ${entry}`);
  const directory = join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as {
    exports: Record<string, Record<string, unknown>>;
  };
  const subpath = sub === undefined ? "." : `./${sub}`;
  const source = manifest.exports[subpath]?.["@cja-kit/source"];
  if (typeof source !== "string") throw new Error(`${entry} has no "@cja-kit/source" export`);
  return join(directory, source);
}

/** The TSDoc of each export of the source files, by file and export name, read with the compiler. */
export function exportDocs(files: readonly string[]): Map<string, Map<string, string>> {
  const program = ts.createProgram([...files], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ["@cja-kit/source"],
    types: [],
  });
  const checker = program.getTypeChecker();
  return new Map(
    files.map((file) => {
      const source = program.getSourceFile(file);
      const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
      const symbols = moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol);
      const docs = symbols.map((symbol): [string, string] => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const text = (target.getDeclarations() ?? [])
          .flatMap((declaration) => ts.getJSDocCommentsAndTags(declaration))
          .map((doc) => doc.getText());
        return [symbol.getName(), text.join("\n")];
      });
      return [file, new Map(docs)];
    }),
  );
}

/**
 * The `CjaKitError` codes a TSDoc names under `@throws CjaKitError`, each written in backticks:
 * `@throws CjaKitError \`usage/invalid-argument\` when …`. A tag may name several codes; a code
 * named elsewhere in the comment does not count.
 */
export function throwsCodes(docs: string): Set<string> {
  const codes = new Set<string>();
  for (const tag of docs.matchAll(/@throws\s+\{?CjaKitError\}?([^@]*)/g))
    for (const code of (tag[1] ?? "").matchAll(/`([a-z0-9-]+\/[a-z0-9-]+)`/g)) codes.add(code[1] as string);
  return codes;
}
