export type { CjaDocument, DocumentData } from "./document/cja-document";
export type { DocumentFormat } from "./document/document-format";
export { documentFormats, formatVersion } from "./document/document-format";
export type { Migration } from "./read/migration";
export type { ReadOptions } from "./read/read";
export { read } from "./read/read";
export { jsonSchema } from "./schema/json-schema";
export { write } from "./write/write";
