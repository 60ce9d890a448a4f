/**
 * Why a zip entry's name is unsafe to carry into a package, or undefined when it is safe: names
 * that could write outside the folder a zip is unpacked into (zip slip: `../`, an absolute path,
 * a drive letter, a backslash path), and names no Office package part can have (empty segments,
 * control characters). Part names are compared case-insensitively, as OPC does.
 */
export function unsafeEntryName(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name.startsWith("/")) return "it is an absolute path";
  if (name.includes("\\")) return "it has a backslash, a Windows path separator";
  if (/^[A-Za-z]:/.test(name)) return "it starts with a drive letter";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return "it holds a control character";
  const segments = name.replace(/\/$/, "").split("/");
  if (segments.includes("..")) return "it climbs out of the package with `..`";
  if (segments.some((s) => s.length === 0 || s === ".")) return "it has an empty or `.` segment";
  return undefined;
}
