import type { Issue } from "@cja-kit/core";
import { decodeRegions, incompleteTail } from "./utf8-regions";
import { decodeWindows1252 } from "./windows-1252";

/** How the bytes of a file are to be read. */
export type CsvEncoding = "auto" | "utf-8" | "windows-1252";

type Mode = "utf-8" | "utf-8-forced" | "windows-1252" | "utf-16le" | "utf-16be";

type State = {
  wanted: CsvEncoding;
  mode?: Mode;
  head: Uint8Array;
  carry: Uint8Array;
  utf16?: InstanceType<typeof TextDecoder>;
  bom: boolean;
  lines: number;
  lastCR: boolean;
  strayLines: number[];
  strays: number;
  multibyte: boolean;
  issues: Issue[];
};

const fatal = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });
const NON_ASCII = /[\u0080-\uffff]/;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const all = new Uint8Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  return all;
}

/** Counts line ends in text (CRLF once), a character search at a time rather than a loop over every character. */
function countLineEnds(state: State, text: string): void {
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) state.lines += 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    if (!(i === 0 ? state.lastCR : text.charCodeAt(i - 1) === 13)) state.lines += 1;
  if (text.length > 0) state.lastCR = text.charCodeAt(text.length - 1) === 13;
}

/** Counts line ends in text (CRLF once), noting the lines where offsets fall (offsets ascending). */
function countLines(state: State, text: string, offsets: readonly number[] = []): number[] {
  if (offsets.length === 0) {
    countLineEnds(state, text);
    return [];
  }
  const at: number[] = [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < offsets.length && offsets[next] === i) {
      at.push(state.lines + 1);
      next += 1;
    }
    const code = text.charCodeAt(i);
    if (code === 13) state.lines += 1;
    else if (code === 10 && !(i === 0 ? state.lastCR : text.charCodeAt(i - 1) === 13)) state.lines += 1;
  }
  while (next++ < offsets.length) at.push(state.lines + 1);
  if (text.length > 0) state.lastCR = text.charCodeAt(text.length - 1) === 13;
  return at;
}

function choose(state: State, bytes: Uint8Array): Uint8Array {
  if (state.wanted === "windows-1252") state.mode = "windows-1252";
  else if (state.wanted === "utf-8") state.mode = "utf-8-forced";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) state.mode = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) state.mode = "utf-16be";
  else state.mode = "utf-8";
  if (state.mode === "utf-16le" || state.mode === "utf-16be") {
    state.utf16 = new TextDecoder(state.mode);
    state.issues.push({
      code: "csv/encoding-utf-16",
      severity: "info",
      message: `The file is UTF-16 (${state.mode === "utf-16le" ? "little" : "big"}-endian), read as such.`,
      path: [],
    });
    return bytes.subarray(2);
  }
  state.bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return state.bom ? bytes.subarray(3) : bytes;
}

function utf8Text(state: State, bytes: Uint8Array): string {
  try {
    const text = fatal.decode(bytes);
    if (!state.multibyte && NON_ASCII.test(text)) state.multibyte = true;
    countLines(state, text);
    return text;
  } catch {
    const regions = decodeRegions(bytes, state.mode === "utf-8-forced" ? "replacement" : "windows-1252");
    state.multibyte ||= regions.multibyte;
    state.strays += regions.stray.length;
    for (const line of countLines(state, regions.text, regions.stray))
      if (state.strayLines.at(-1) !== line && state.strayLines.length < 20) state.strayLines.push(line);
    return regions.text;
  }
}

function decodeBytes(state: State, bytes: Uint8Array, final: boolean): string {
  if (state.mode === "windows-1252") {
    const text = decodeWindows1252(bytes);
    countLines(state, text);
    return text;
  }
  if (state.utf16 !== undefined) return state.utf16.decode(bytes, { stream: !final });
  const all = concat(state.carry, bytes);
  const keep = final ? 0 : incompleteTail(all);
  state.carry = all.slice(all.length - keep);
  return utf8Text(state, all.subarray(0, all.length - keep));
}

function pushBytes(state: State, chunk: Uint8Array, final: boolean): string {
  if (state.mode !== undefined) return decodeBytes(state, chunk, final);
  state.head = concat(state.head, chunk);
  if (state.head.length < 4 && !final) return "";
  const body = choose(state, state.head);
  state.head = new Uint8Array();
  return decodeBytes(state, body, final);
}

function pushText(state: State, text: string): string {
  const flushed =
    state.mode === undefined && state.head.length === 0 ? "" : pushBytes(state, new Uint8Array(), true);
  state.carry = new Uint8Array();
  state.mode ??= "utf-8";
  countLines(state, text);
  return flushed + text;
}

function endIssues(state: State): Issue[] {
  if (state.strays === 0) return [];
  const lines = state.strayLines.join(", ");
  const first = state.strayLines[0];
  const at = first === undefined ? {} : { row: first };
  if (state.mode === "utf-8-forced")
    return [
      {
        code: "csv/encoding-replaced",
        severity: "warning",
        message: `${state.strays} byte(s) on line(s) ${lines} are not UTF-8 and were read as the replacement character �; the file may be Windows-1252 (pass encoding "windows-1252" or "auto").`,
        path: [],
        ...at,
      },
    ];
  if (state.multibyte || state.bom)
    return [
      {
        code: "csv/encoding-mixed",
        severity: "warning",
        message: `The file is UTF-8, but ${state.strays} byte(s) on line(s) ${lines} are not; each was read as the Windows-1252 character older Excel meant. Check those characters, and save the whole file as "CSV UTF-8".`,
        path: [],
        ...at,
      },
    ];
  return [
    {
      code: "csv/encoding-windows-1252",
      severity: "info",
      message:
        'The file is not UTF-8; it was read as Windows-1252, as older Excel saves CSV (£ is byte 0xA3). Save as "CSV UTF-8" to avoid this, or pass encoding explicitly.',
      path: [],
    },
  ];
}

/** Decodes chunks of bytes or text as they come, in order; issues are ready after `end`. */
export type ByteDecoder = { push(chunk: string | Uint8Array): string; end(): string; issues(): Issue[] };

/**
 * A decoder for a file read whole or in chunks. `auto`: a UTF-16 byte order mark means UTF-16;
 * otherwise UTF-8 where the bytes are valid UTF-8, and each byte that is not read as the
 * Windows-1252 character older Excel meant (a note when the whole file is Windows-1252, a warning
 * naming the lines when a UTF-8 file holds stray bytes). `utf-8`: bad bytes become U+FFFD, with a
 * warning naming the lines. `windows-1252`: the WHATWG table, on every platform. A text chunk is
 * taken as it is, in its place. A leading byte order mark is removed.
 */
export function byteDecoder(wanted: CsvEncoding): ByteDecoder {
  const state: State = {
    wanted,
    head: new Uint8Array(),
    carry: new Uint8Array(),
    bom: false,
    lines: 0,
    lastCR: false,
    strayLines: [],
    strays: 0,
    multibyte: false,
    issues: [],
  };
  let started = false;
  const withoutBom = (text: string) => {
    if (started || text.length === 0) return text;
    started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  return {
    push: (chunk) =>
      withoutBom(typeof chunk === "string" ? pushText(state, chunk) : pushBytes(state, chunk, false)),
    end: () => withoutBom(pushBytes(state, new Uint8Array(), true)),
    issues: () => [...state.issues, ...endIssues(state)],
  };
}
