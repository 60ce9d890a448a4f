/** One step of a path into a value: a key or an index. */
type PathSegment = string | number;

/** One object being walked: its keys, the next to visit, and the step that led to it. */
type Frame = { value: object; keys: string[]; next: number; step: PathSegment | undefined };

function frameOf(value: object, step: PathSegment | undefined): Frame {
  return { value, keys: Object.keys(value), next: 0, step };
}

/** The path to the current place: the steps of the frames on the stack, then the last one. */
function pathOf(stack: readonly Frame[], last: PathSegment): PathSegment[] {
  const path: PathSegment[] = [];
  for (const frame of stack) if (frame.step !== undefined) path.push(frame.step);
  path.push(last);
  return path;
}

/**
 * Where a value contains itself: the path of the first object or array found inside itself (a
 * theme among its own themes), so that a caller can answer with one issue there before a schema
 * or a renderer recurses until the stack overflows. An object shared by two branches is not a
 * cycle. The walk keeps its own stack, so a value nested 100,000 deep cannot overflow the call
 * stack; each object is walked once, so time is linear in the value and memory in its depth.
 *
 * @param value - Any value, typically an argument from a plain JavaScript caller.
 * @returns The keys and indexes from `value` to the place where an object comes round to one that
 *   holds it (a path as an `Issue.path` gives it), or `undefined` when `value` is a tree or not an
 *   object. Gives no issues and never throws, except an error that a getter of the caller's own
 *   object throws, which passes through.
 * @example
 * ```ts
 * const theme = { title: "Reducing reoffending", themes: [] as unknown[] };
 * theme.themes.push(theme);
 * findCycle({ themes: [theme] }); // ["themes", 0, "themes", 0]
 * findCycle({ lead: "Lanarkshire CJA" }); // undefined
 * ```
 */
export function findCycle(value: unknown): (string | number)[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const open = new Set<object>([value]);
  const done = new Set<object>();
  const stack: Frame[] = [frameOf(value, undefined)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const key = frame.keys[frame.next++];
    if (key === undefined) {
      stack.pop();
      open.delete(frame.value);
      done.add(frame.value);
      continue;
    }
    const child = (frame.value as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null || done.has(child)) continue;
    const step = Array.isArray(frame.value) ? Number(key) : key;
    if (open.has(child)) return pathOf(stack, step);
    open.add(child);
    stack.push(frameOf(child, step));
  }
  return undefined;
}
