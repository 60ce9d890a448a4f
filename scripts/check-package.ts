// `pnpm run check` in a package (run by `pnpm check:packages` after the build): packs the package
// as pnpm publishes it, then checks the tarball: publint --strict, attw in every resolution profile
// (node10 included), the published manifest (metadata, no development-only export condition), and
// for an entry that runs in browsers, that a browser-only TypeScript project importing it sees no
// Node globals (docx's own types bring Node's in).
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const packageDir = process.cwd();
const work = mkdtempSync(join(tmpdir(), "cja-kit-check-"));
const failures: string[] = [];

function run(command: string, args: string[], cwd = packageDir): boolean {
  try {
    execFileSync(command, args, { cwd, stdio: "inherit" });
    return true;
  } catch {
    failures.push(`${command} ${args.join(" ")}`);
    return false;
  }
}

type Manifest = {
  name: string;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
};

function packed(): { tarball: string; root: string; manifest: Manifest } {
  execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: packageDir, stdio: "ignore" });
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith(".tgz")) ?? "");
  const root = join(work, "unpacked");
  mkdirSync(root);
  execFileSync("tar", ["-xzf", tarball, "-C", root]);
  const manifest = JSON.parse(readFileSync(join(root, "package", "package.json"), "utf8")) as Manifest;
  return { tarball, root: join(root, "package"), manifest };
}

function checkManifest(manifest: Manifest): void {
  const text = JSON.stringify(manifest);
  const wanted: Array<[string, boolean]> = [
    ["no @cja-kit/source export condition", !JSON.stringify(manifest.exports).includes("@cja-kit/source")],
    ["no workspace: ranges", !text.includes("workspace:")],
    ["homepage", typeof manifest.homepage === "string"],
    ["bugs.url", typeof (manifest.bugs as { url?: unknown } | undefined)?.url === "string"],
    ["author", typeof manifest.author === "string"],
    ["repository.directory", typeof (manifest.repository as { directory?: unknown })?.directory === "string"],
    ["engines.node", typeof (manifest.engines as { node?: unknown })?.node === "string"],
  ];
  for (const [what, ok] of wanted) if (!ok) failures.push(`published package.json: ${what}`);
}

/** The subpaths of the package that run in browsers: every export but package.json and ./node. */
function browserEntries(manifest: Manifest): string[] {
  return Object.keys(manifest.exports)
    .filter((key) => key !== "./package.json" && !key.startsWith("./node") && !key.includes("*"))
    .map((key) => `${manifest.name}${key.slice(1)}`);
}

function linkDependencies(manifest: Manifest, nodeModules: string): void {
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    const target = join(nodeModules, dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(packageDir, "node_modules", dep)), target, "dir");
  }
}

function checkBrowserTypes(root: string, manifest: Manifest): void {
  const entries = browserEntries(manifest);
  if (entries.length === 0) return;
  const project = join(work, "browser-project");
  const nodeModules = join(project, "node_modules");
  mkdirSync(join(nodeModules, manifest.name), { recursive: true });
  cpSync(root, join(nodeModules, manifest.name), { recursive: true });
  linkDependencies(manifest, nodeModules);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        types: [],
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      files: ["app.ts"],
    }),
  );
  writeFileSync(
    join(project, "app.ts"),
    [
      ...entries.map((entry, index) => `import * as entry${index} from "${entry}";`),
      `export const names = [${entries.map((_, index) => `...Object.keys(entry${index})`).join(", ")}];`,
      "// @ts-expect-error A browser project has no Node Buffer.",
      "export const buffer = Buffer;",
      "// @ts-expect-error A browser project has no Node process.",
      "export const env = process;",
      "",
    ].join("\n"),
  );
  const tsc = join(realpathSync(join(packageDir, "..", "..", "node_modules", "typescript")), "bin", "tsc");
  if (!run(process.execPath, [tsc, "-p", project], project))
    failures.push(
      `${entries.join(", ")}: a browser-only project (lib dom, types []) sees Node's globals or fails to compile`,
    );
}

try {
  const { tarball, root, manifest } = packed();
  checkManifest(manifest);
  run("publint", ["run", tarball, "--strict"]);
  run("attw", [tarball, "--profile", "strict"]);
  checkBrowserTypes(root, manifest);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("package checks passed");
