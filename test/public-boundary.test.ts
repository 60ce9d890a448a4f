import { join } from "node:path";
import * as core from "@cja-kit/core";
import { CjaKitError } from "@cja-kit/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { coreSamples } from "./boundary/core-samples";
import { getterError, hostileValues } from "./boundary/hostile-values";

// Every function a package exports, called as a plain JavaScript caller might: a wrong value in each
// argument place in turn. Bad input never throws an untyped error. A function may answer with
// issues in its result, or throw CjaKitError with the code `usage/invalid-argument` where its TSDoc
// says so (`@throws`); an error thrown by the caller's own getter passes through unchanged.

type Surface = {
  name: string;
  exports: Record<string, unknown>;
  /** One valid call of each function; the harness replaces one argument at a time. */
  samples: Record<string, readonly unknown[]>;
};

/**
 * The packages held to it. Add an adapter by adding its exports and samples here (see
 * notes/i10.md for what each adapter throws today).
 */
const surfaces: Surface[] = [{ name: "@cja-kit/core", exports: core, samples: coreSamples }];

const coreIndex = join(import.meta.dirname, "..", "packages", "core", "src", "index.ts");
let checker: { docs: (name: string) => string } | undefined;

/** The TSDoc of one of core's exports, read with the TypeScript compiler. */
function docsOf(name: string): string {
  if (checker === undefined) {
    const program = ts.createProgram([coreIndex], {
      strict: true,
      customConditions: ["@cja-kit/source"],
      types: [],
    });
    const typeChecker = program.getTypeChecker();
    const source = program.getSourceFile(coreIndex);
    const moduleSymbol = source === undefined ? undefined : typeChecker.getSymbolAtLocation(source);
    const symbols = moduleSymbol === undefined ? [] : typeChecker.getExportsOfModule(moduleSymbol);
    const byName = new Map(
      symbols.map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? typeChecker.getAliasedSymbol(symbol) : symbol;
        const docs = (target.getDeclarations() ?? [])
          .flatMap((d) => ts.getJSDocCommentsAndTags(d))
          .map((d) => d.getText());
        return [symbol.getName(), docs.join("\n")];
      }),
    );
    checker = { docs: (wanted) => byName.get(wanted) ?? "" };
  }
  return checker.docs(name);
}

type AnyFunction = (...args: unknown[]) => unknown;

const isClass = (fn: AnyFunction) => /^class\b/.test(Function.prototype.toString.call(fn));

function callsOf(fn: AnyFunction, sample: readonly unknown[] | undefined) {
  const places = Math.max(sample?.length ?? 0, fn.length, 1);
  return Array.from({ length: places }, (_, place) => place).flatMap((place) =>
    hostileValues().map(([label, value]) => {
      const args = Array.from({ length: places }, (_, k) => (k === place ? value : sample?.[k]));
      return { label: `argument ${place + 1} ${label}`, args };
    }),
  );
}

/** What went wrong with one call, or undefined when it answered as the contract says. */
async function fault(fn: AnyFunction, args: unknown[]): Promise<string | undefined> {
  try {
    await fn(...args);
    return undefined;
  } catch (error) {
    if (error === getterError) return undefined;
    if (error instanceof CjaKitError)
      return error.code === "usage/invalid-argument" ? undefined : `CjaKitError ${error.code}`;
    return `${(error as Error)?.constructor?.name ?? typeof error}: ${String((error as Error)?.message ?? error).slice(0, 120)}`;
  }
}

describe.each(surfaces)("$name answers wrong-typed arguments with typed results", (surface) => {
  const functions = Object.entries(surface.exports).filter(
    ([, value]) => typeof value === "function" && !isClass(value as AnyFunction),
  ) as Array<[string, AnyFunction]>;

  it("has a sample call for every function it exports", () => {
    expect(functions.map(([name]) => name).filter((name) => surface.samples[name] === undefined)).toEqual([]);
  });

  it.each(functions)("%s never throws an untyped error", async (name, fn) => {
    const faults: string[] = [];
    for (const call of callsOf(fn, surface.samples[name])) {
      const found = await fault(fn, call.args);
      if (found !== undefined) faults.push(`${call.label}: ${found}`);
    }
    expect(faults).toEqual([]);
  });
});

describe("@cja-kit/core documents the error it throws", () => {
  it("names CjaKitError in the TSDoc of every function that throws it for a wrong argument", async () => {
    const throwing = new Set<string>();
    for (const [name, value] of Object.entries(core)) {
      const fn = value as unknown as AnyFunction;
      if (typeof value !== "function" || isClass(fn)) continue;
      for (const call of callsOf(fn, coreSamples[name])) {
        try {
          (fn as (...args: unknown[]) => unknown)(...call.args);
        } catch (error) {
          if (error instanceof CjaKitError) throwing.add(name);
        }
      }
    }
    const undocumented = [...throwing].filter((name) => !docsOf(name).includes("@throws CjaKitError"));
    expect(undocumented).toEqual([]);
  }, 120_000);
});
