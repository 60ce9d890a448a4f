import {
  $ZodArray,
  $ZodCatch,
  $ZodDefault,
  $ZodDiscriminatedUnion,
  $ZodLazy,
  $ZodLiteral,
  $ZodNever,
  $ZodNonOptional,
  $ZodNullable,
  $ZodObject,
  $ZodOptional,
  $ZodPipe,
  $ZodPrefault,
  $ZodReadonly,
  $ZodRecord,
  type $ZodType,
  $ZodUnion,
} from "zod/v4/core";
import type { PathSegment } from "./json-path";

/** A key the schema does not know, where it is, and the keys the schema knows there. */
export type UnknownKey = { path: PathSegment[]; key: string; known: string[] };

type Shape = Record<string, $ZodType>;

const unwrapped = new WeakMap<$ZodType, $ZodType>();

/** The schema inside wrappers that do not change the shape of the data (remembered per schema). */
function unwrap(schema: $ZodType): $ZodType {
  const known = unwrapped.get(schema);
  if (known !== undefined) return known;
  const inner = unwrapOnce(schema);
  unwrapped.set(schema, inner);
  return inner;
}

function unwrapOnce(schema: $ZodType): $ZodType {
  if (
    schema instanceof $ZodOptional ||
    schema instanceof $ZodNullable ||
    schema instanceof $ZodDefault ||
    schema instanceof $ZodPrefault ||
    schema instanceof $ZodReadonly ||
    schema instanceof $ZodNonOptional ||
    schema instanceof $ZodCatch
  ) {
    return unwrap(schema._zod.def.innerType);
  }
  if (schema instanceof $ZodPipe) return unwrap(schema._zod.def.in);
  if (schema instanceof $ZodLazy) return unwrap(schema._zod.def.getter());
  return schema;
}

type UnionShapes = { all: Shape[]; discriminator?: string; byTag: Map<unknown, Shape[]> };

const unions = new WeakMap<$ZodUnion, UnionShapes>();

/** A union's object shapes, and for a discriminated union the shapes each tag selects (remembered per schema). */
function shapesOfUnion(schema: $ZodUnion): UnionShapes {
  const known = unions.get(schema);
  if (known !== undefined) return known;
  const all = schema._zod.def.options
    .map(unwrap)
    .flatMap((option) => (option instanceof $ZodObject ? [option._zod.def.shape] : []));
  const discriminator = schema instanceof $ZodDiscriminatedUnion ? schema._zod.def.discriminator : undefined;
  const byTag = new Map<unknown, Shape[]>();
  for (const shape of discriminator === undefined ? [] : all) {
    const tag =
      shape[discriminator as string] === undefined
        ? undefined
        : unwrap(shape[discriminator as string] as $ZodType);
    if (!(tag instanceof $ZodLiteral)) continue;
    for (const literal of tag._zod.def.values) byTag.set(literal, [...(byTag.get(literal) ?? []), shape]);
  }
  const shapes: UnionShapes = { all, byTag, ...(discriminator === undefined ? {} : { discriminator }) };
  unions.set(schema, shapes);
  return shapes;
}

/** How the walk goes into data of one schema, worked out once per schema. */
type Walk =
  | { kind: "array"; element: $ZodType }
  | { kind: "record"; value: $ZodType }
  | { kind: "object"; shape: Shape; catchall?: $ZodType }
  | { kind: "union"; shapes: UnionShapes; array?: $ZodType }
  | { kind: "leaf" };

const walks = new WeakMap<$ZodType, Walk>();

function walkOf(schema: $ZodType): Walk {
  const known = walks.get(schema);
  if (known !== undefined) return known;
  const walk = walkOnce(unwrap(schema));
  walks.set(schema, walk);
  return walk;
}

function walkOnce(inner: $ZodType): Walk {
  if (inner instanceof $ZodArray) return { kind: "array", element: inner._zod.def.element };
  if (inner instanceof $ZodRecord) return { kind: "record", value: inner._zod.def.valueType };
  if (inner instanceof $ZodObject) {
    const catchall = inner._zod.def.catchall;
    return {
      kind: "object",
      shape: inner._zod.def.shape,
      ...(catchall === undefined || catchall instanceof $ZodNever ? {} : { catchall }),
    };
  }
  if (inner instanceof $ZodUnion) {
    const array = inner._zod.def.options.map(unwrap).find((option) => option instanceof $ZodArray);
    return { kind: "union", shapes: shapesOfUnion(inner), ...(array === undefined ? {} : { array }) };
  }
  return { kind: "leaf" };
}

/** The object shapes of a union that the value's discriminator selects (all of them without one). */
function unionShapes({ all, discriminator, byTag }: UnionShapes, value: Record<string, unknown>): Shape[] {
  if (discriminator === undefined || !Object.hasOwn(value, discriminator)) return all;
  return byTag.get(value[discriminator]) ?? [];
}

/**
 * Every key of the data that its zod schema does not know (zod drops them silently), walking
 * objects, arrays, records and unions (by discriminator); at most `limit` of them.
 */
export function unknownKeys(schema: $ZodType, data: unknown, limit: number): UnknownKey[] {
  const found: UnknownKey[] = [];
  // One path, pushed and popped as the walk goes, and copied only for a key found: the walk visits
  // every value of a large plan, so it allocates nothing per value.
  const path: PathSegment[] = [];
  const into = (type: $ZodType, value: unknown, segment: PathSegment): void => {
    if (value === null || typeof value !== "object") return;
    path.push(segment);
    visit(type, value);
    path.pop();
  };
  const visit = (type: $ZodType, value: object): void => {
    if (found.length >= limit) return;
    const walk = walkOf(type);
    const array = Array.isArray(value);
    if (walk.kind === "array" && array) {
      for (let index = 0; index < value.length; index++) into(walk.element, value[index], index);
    } else if (walk.kind === "union" && array) {
      if (walk.array !== undefined) visit(walk.array, value);
    } else if (array || walk.kind === "leaf") {
      return;
    } else {
      const record = value as Record<string, unknown>;
      if (walk.kind === "record") for (const key in record) into(walk.value, record[key], key);
      else if (walk.kind === "object") visitObject([walk.shape], record, walk.catchall);
      else if (walk.kind === "union") visitObject(unionShapes(walk.shapes, record), record);
    }
  };
  const visitObject = (shapes: Shape[], value: Record<string, unknown>, catchall?: $ZodType): void => {
    if (shapes.length === 0) return;
    for (const key of Object.keys(value)) {
      const shape =
        shapes.length === 1 ? shapes[0] : shapes.find((candidate) => Object.hasOwn(candidate, key));
      const field = shape !== undefined && Object.hasOwn(shape, key) ? shape[key] : catchall;
      if (field !== undefined) into(field, value[key], key);
      else if (found.length < limit) {
        found.push({
          path: [...path, key],
          key,
          known: [...new Set(shapes.flatMap((each) => Object.keys(each)))],
        });
      }
    }
  };
  if (data !== null && typeof data === "object") visit(schema, data);
  return found;
}
