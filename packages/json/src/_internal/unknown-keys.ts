import * as z from "zod";
import type { PathSegment } from "./json-path";

/** A key the schema does not know, where it is, and the keys the schema knows there. */
export type UnknownKey = { path: PathSegment[]; key: string; known: string[] };

type Shape = Record<string, z.core.$ZodType>;

/** The schema inside wrappers that do not change the shape of the data. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  if (
    schema instanceof z.core.$ZodOptional ||
    schema instanceof z.core.$ZodNullable ||
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault ||
    schema instanceof z.core.$ZodReadonly ||
    schema instanceof z.core.$ZodNonOptional ||
    schema instanceof z.core.$ZodCatch
  ) {
    return unwrap(schema._zod.def.innerType);
  }
  if (schema instanceof z.core.$ZodPipe) return unwrap(schema._zod.def.in);
  if (schema instanceof z.core.$ZodLazy) return unwrap(schema._zod.def.getter());
  return schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object shapes of a union that the value's discriminator selects (all of them without one). */
function unionShapes(schema: z.core.$ZodUnion, value: Record<string, unknown>): Shape[] {
  const shapes = schema._zod.def.options
    .map(unwrap)
    .flatMap((option) => (option instanceof z.core.$ZodObject ? [option._zod.def.shape] : []));
  const discriminator =
    schema instanceof z.core.$ZodDiscriminatedUnion ? schema._zod.def.discriminator : undefined;
  if (discriminator === undefined || !Object.hasOwn(value, discriminator)) return shapes;
  return shapes.filter((shape) => {
    const tag = shape[discriminator] === undefined ? undefined : unwrap(shape[discriminator]);
    return (
      tag instanceof z.core.$ZodLiteral &&
      tag._zod.def.values.some((literal) => literal === value[discriminator])
    );
  });
}

/**
 * Every key of the data that its zod schema does not know (zod drops them silently), walking
 * objects, arrays, records and unions (by discriminator); at most `limit` of them.
 */
export function unknownKeys(schema: z.core.$ZodType, data: unknown, limit: number): UnknownKey[] {
  const found: UnknownKey[] = [];
  const visit = (type: z.core.$ZodType, value: unknown, path: PathSegment[]): void => {
    if (found.length >= limit) return;
    const inner = unwrap(type);
    if (inner instanceof z.core.$ZodArray && Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(inner._zod.def.element, item, [...path, index]);
    } else if (inner instanceof z.core.$ZodRecord && isRecord(value)) {
      for (const key of Object.keys(value)) visit(inner._zod.def.valueType, value[key], [...path, key]);
    } else if (inner instanceof z.core.$ZodObject && isRecord(value)) {
      const catchall = inner._zod.def.catchall;
      visitObject(
        [inner._zod.def.shape],
        value,
        path,
        catchall instanceof z.core.$ZodNever ? undefined : catchall,
      );
    } else if (inner instanceof z.core.$ZodUnion && isRecord(value)) {
      visitObject(unionShapes(inner, value), value, path);
    } else if (inner instanceof z.core.$ZodUnion && Array.isArray(value)) {
      const array = inner._zod.def.options.map(unwrap).find((option) => option instanceof z.core.$ZodArray);
      if (array !== undefined) visit(array, value, path);
    }
  };
  const visitObject = (
    shapes: Shape[],
    value: Record<string, unknown>,
    path: PathSegment[],
    catchall?: z.core.$ZodType,
  ): void => {
    if (shapes.length === 0) return;
    for (const key of Object.keys(value)) {
      const shape = shapes.find((candidate) => Object.hasOwn(candidate, key));
      const field = shape?.[key] ?? catchall;
      if (field !== undefined) visit(field, value[key], [...path, key]);
      else if (found.length < limit) {
        found.push({
          path: [...path, key],
          key,
          known: [...new Set(shapes.flatMap((each) => Object.keys(each)))],
        });
      }
    }
  };
  visit(schema, data, []);
  return found;
}
