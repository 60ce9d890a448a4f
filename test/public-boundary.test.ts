import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CjaKitError } from "@cja-kit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getterError, hostileValues } from "./boundary/hostile-values";
import type { NestedOptions, Samples, Surface } from "./boundary/surface";
import { exportDocs, sourceOf, throwsCodes } from "./boundary/thrown-codes";

// Every function a package exports, called as a plain JavaScript caller might: a wrong value in each
// argument place in turn (undefined, null, numbers, strings, {}, arrays, a function, cyclic values, a
// getter that throws), the other places keeping a valid sample. The rules:
// 1. A call may return (or resolve to) anything: a result that carries issues is how most functions
//    answer bad input, and a call that does not fail is not judged here.
// 2. It may throw (or reject with) `CjaKitError`, but only with a code that its TSDoc names in
//    backticks under `@throws CjaKitError`: `usage/invalid-argument` for an argument that is not
//    what its type says, or a documented code of its own (`status/unknown-framework` from
//    rollUpByOutcome, for a framework the registry does not hold). Any other code is undocumented.
// 3. The error of the caller's own getter passes through unchanged: it is theirs, not ours.
// 4. Anything else (TypeError, RangeError from a cyclic value, a plain Error, a string) is a fault.

/**
 * The entry points held to it: every `test/boundary/<package>-samples.ts` exports `surfaces`, one
 * entry per entry point of its package with a sample call of each function. To hold a package to
 * the contract, add its samples file; nothing here changes (see test/boundary/README.md).
 */
const boundary = join(import.meta.dirname, "boundary");
const sampleFiles = readdirSync(boundary)
  .filter((file) => file.endsWith("-samples.ts"))
  .sort();
const sampleModules = await Promise.all(
  sampleFiles.map(
    async (file) =>
      [file, (await import(pathToFileURL(join(boundary, file)).href)) as { surfaces?: Surface[] }] as const,
  ),
);
const surfaces: Surface[] = sampleModules.flatMap(([, module]) => module.surfaces ?? []);

type AnyFunction = (...args: unknown[]) => unknown;
type Call = { label: string; args: () => unknown[] };
type Outcome = { label: string; error?: unknown; threw: boolean };

const isClass = (fn: AnyFunction) => /^class\b/.test(Function.prototype.toString.call(fn));

const functionsOf = (surface: Surface) =>
  Object.entries(surface.exports).filter(
    ([, value]) => typeof value === "function" && !isClass(value as AnyFunction),
  ) as Array<[string, AnyFunction]>;

const sampleOf = (samples: Samples, name: string): (() => readonly unknown[] | undefined) => {
  const sample = samples[name];
  return typeof sample === "function" ? sample : () => sample;
};

function callsOf(
  fn: AnyFunction,
  sample: () => readonly unknown[] | undefined,
  nested: NestedOptions | undefined,
): Call[] {
  const places = Math.max(sample()?.length ?? 0, fn.length, 1);
  const top = Array.from({ length: places }, (_, place) => place).flatMap((place) =>
    hostileValues().map(([label, value]) => ({
      label: `argument ${place + 1} ${label}`,
      args: () => {
        const valid = sample();
        return Array.from({ length: places }, (_, k) => (k === place ? value : valid?.[k]));
      },
    })),
  );
  return [...top, ...nestedCalls(places, sample, nested)];
}

/** Each option a samples file names, given each hostile value in turn, the rest of the call valid. */
function nestedCalls(
  places: number,
  sample: () => readonly unknown[] | undefined,
  nested: NestedOptions | undefined,
): Call[] {
  if (nested === undefined) return [];
  return nested.keys.flatMap((key) =>
    hostileValues().map(([label, value]) => ({
      label: `argument ${nested.place + 1}, option ${key}: ${label}`,
      args: () => {
        const valid = sample();
        const options = { ...(valid?.[nested.place] as object), [key]: value };
        return Array.from({ length: places }, (_, k) => (k === nested.place ? options : valid?.[k]));
      },
    })),
  );
}

async function outcome(fn: AnyFunction, call: Call): Promise<Outcome> {
  try {
    await fn(...call.args());
    return { label: call.label, threw: false };
  } catch (error) {
    return { label: call.label, error, threw: true };
  }
}

/** What broke the contract in one call, or undefined when it answered as the rules say. */
function fault(result: Outcome, documented: ReadonlySet<string>): string | undefined {
  const { error } = result;
  if (!result.threw || error === getterError) return undefined;
  if (error instanceof CjaKitError)
    return documented.has(error.code)
      ? undefined
      : `CjaKitError ${error.code}, which its TSDoc does not name under @throws`;
  const name = (error as Error)?.constructor?.name ?? typeof error;
  return `${name}: ${String((error as Error)?.message ?? error).slice(0, 120)}`;
}

let docs: Map<string, Map<string, string>> | undefined;
function docsOf(surface: Surface, name: string): string {
  docs ??= exportDocs(surfaces.map((s) => sourceOf(s.name)));
  return docs.get(sourceOf(surface.name))?.get(name) ?? "";
}

// Each function is called once for all the tests below.
const outcomes = new Map<string, Promise<Outcome[]>>();
function outcomesOf(surface: Surface, name: string, fn: AnyFunction): Promise<Outcome[]> {
  const key = `${surface.name}#${name}`;
  let found = outcomes.get(key);
  if (found === undefined) {
    found = (async () => {
      const results: Outcome[] = [];
      const calls = callsOf(fn, sampleOf(surface.samples, name), surface.nested?.[name]);
      for (const call of calls) results.push(await outcome(fn, call));
      return results;
    })();
    outcomes.set(key, found);
  }
  return found;
}

// writeDocx writes where it is told, and "x" is a path: calls run in a folder of their own.
const cwd = process.cwd();
let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "cja-kit-boundary-"));
  process.chdir(scratch);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(scratch, { recursive: true, force: true });
});

describe("the sample files", () => {
  it("each export their surfaces, core, json and docx among them", () => {
    // A samples file without `surfaces` would be skipped silently: name it instead.
    expect(
      sampleModules.filter(([, module]) => !Array.isArray(module.surfaces)).map(([file]) => file),
    ).toEqual([]);
    expect(surfaces.map((surface) => surface.name)).toEqual(
      expect.arrayContaining(["@cja-kit/core", "@cja-kit/json", "@cja-kit/docx", "@cja-kit/docx/node"]),
    );
    expect(new Set(surfaces.map((surface) => surface.name)).size).toBe(surfaces.length);
  });
});

describe.each(surfaces)("$name answers wrong-typed arguments with typed results", (surface) => {
  const functions = functionsOf(surface);

  it("has a sample call for every function it exports, and none for a name it does not export", () => {
    const names = functions.map(([name]) => name);
    expect(names.filter((name) => surface.samples[name] === undefined)).toEqual([]);
    expect(Object.keys(surface.samples).filter((name) => !names.includes(name))).toEqual([]);
  });

  it("calls every sample without an error: the harness starts from valid input", async () => {
    const failing: string[] = [];
    for (const [name, fn] of functions) {
      try {
        await fn(...(sampleOf(surface.samples, name)() ?? []));
      } catch (error) {
        failing.push(`${name}: ${String(error)}`);
      }
    }
    expect(failing).toEqual([]);
  }, 120_000);

  it.each(functions)(
    "%s never throws an untyped or undocumented error",
    async (name, fn) => {
      const documented = throwsCodes(docsOf(surface, name));
      const faults = (await outcomesOf(surface, name, fn)).flatMap((result) => {
        const found = fault(result, documented);
        return found === undefined ? [] : [`${result.label}: ${found}`];
      });
      expect(faults).toEqual([]);
    },
    120_000,
  );

  it("names CjaKitError in the TSDoc of every function that throws it, with each code it throws", async () => {
    const undocumented: string[] = [];
    for (const [name, fn] of functions) {
      const codes = new Set(
        (await outcomesOf(surface, name, fn)).flatMap((result) =>
          result.error instanceof CjaKitError ? [result.error.code] : [],
        ),
      );
      const named = throwsCodes(docsOf(surface, name));
      for (const code of codes) if (!named.has(code)) undocumented.push(`${name}: ${code}`);
    }
    expect(undocumented).toEqual([]);
  }, 600_000);
});

describe("throwsCodes", () => {
  it("reads the codes in backticks under @throws CjaKitError, and no others", () => {
    const docs = [
      "/**",
      " * Refuses `plan/duplicate` wording.",
      " * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says.",
      " * @throws CjaKitError (`status/no-reporting-date`) when no date is given.",
      " * @throws TypeError `other/code` never.",
      " */",
    ].join("\n");
    expect([...throwsCodes(docs)]).toEqual(["usage/invalid-argument", "status/no-reporting-date"]);
  });
});
