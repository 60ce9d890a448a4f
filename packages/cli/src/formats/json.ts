import type { Issue } from "@cja-kit/core";
import { type CjaDocument, type DocumentFormat, read, write } from "@cja-kit/json";
import type { DocumentKind, LoadedDocument, ReadResult } from "../_internal/document";
import { usageError } from "../_internal/failure";

// Every call into @cja-kit/json goes through this file. The document kinds are the JSON formats.

function loaded(document: CjaDocument): LoadedDocument {
  switch (document.format) {
    case "plan":
      return { kind: "plan", plan: document.data };
    case "progress-return":
      return { kind: "progress-return", returns: [document.data] };
    case "committee-report":
      return { kind: "committee-report", report: document.data };
    case "indicator-set":
      return { kind: "indicator-set", indicators: document.data };
    case "annual-performance-report":
      return { kind: "annual-performance-report", report: document.data };
    case "annual-return":
      return { kind: "annual-return", annualReturn: document.data };
  }
}

function notUtf8(bytes: Uint8Array): Issue | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return {
      code: "json/not-utf-8",
      severity: "error",
      message: "The file is not UTF-8 text, as JSON must be; save it as UTF-8 and read it again.",
      path: [],
    };
  }
}

/** Reads a cja-kit JSON document, of the kind given or of any kind. */
export function readJson(bytes: Uint8Array, kind?: DocumentKind): ReadResult {
  const encoding = notUtf8(bytes);
  if (encoding !== undefined) return { ok: false, issues: [encoding] };
  const text = new TextDecoder("utf-8").decode(bytes);
  const checked = read(text, kind === undefined ? {} : { format: kind as DocumentFormat });
  return checked.ok ? { ok: true, value: loaded(checked.value), issues: checked.issues } : checked;
}

/** A document as JSON text: one document per file, so a plan's progress goes in a file of its own. */
export function writeJson(file: string, document: LoadedDocument): string {
  switch (document.kind) {
    case "plan":
      return write({ format: "plan", data: document.plan });
    case "progress-return": {
      const [only, ...more] = document.returns;
      if (only === undefined || more.length > 0)
        throw usageError(
          "one-return-per-file",
          `${file}: a JSON file holds one progress return, and the input holds ${document.returns.length} (one per period, plan or title); split it and convert each part.`,
        );
      return write({ format: "progress-return", data: only });
    }
    case "committee-report":
      return write({ format: "committee-report", data: document.report });
    case "indicator-set":
      return write({ format: "indicator-set", data: document.indicators });
    case "annual-performance-report":
      return write({ format: "annual-performance-report", data: document.report });
    case "annual-return":
      return write({ format: "annual-return", data: document.annualReturn });
  }
}

/** A plan's progress return as a JSON document of its own. */
export function progressJson(document: LoadedDocument & { kind: "plan" }): string | undefined {
  return document.progress === undefined
    ? undefined
    : write({ format: "progress-return", data: document.progress });
}
