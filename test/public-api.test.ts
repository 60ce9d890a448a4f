import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every package's public surface: what index.ts exports, and the TSDoc of each export.

const root = join(import.meta.dirname, "..");
const packages = readdirSync(join(root, "packages")).filter((name) => !name.startsWith("."));

function exportsOf(pkg: string) {
  const entry = join(root, "packages", pkg, "src", "index.ts");
  const program = ts.createProgram([entry], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ["@cja-kit/source"],
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const symbols = moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol);
  return symbols.map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target.getDeclarations() ?? [];
    const docs = declarations
      .flatMap((declaration) => ts.getJSDocCommentsAndTags(declaration))
      .map((doc) => doc.getText());
    return { name: symbol.getName(), docs: docs.join("\n") };
  });
}

describe.each(packages)("@cja-kit/%s public API", (pkg) => {
  const found = exportsOf(pkg);

  it("exports exactly the committed list", async () => {
    await expect(
      `${found
        .map((entry) => entry.name)
        .sort()
        .join("\n")}\n`,
    ).toMatchFileSnapshot(`../packages/${pkg}/exports.txt`);
  });

  it("documents every export with a summary and an @example", () => {
    const undocumented = found
      .filter(({ docs }) => !/\/\*\*\s*\n?\s*\*?\s*\S/.test(docs) || !docs.includes("@example"))
      .map(({ name }) => name);
    expect(undocumented).toEqual([]);
  });
});
