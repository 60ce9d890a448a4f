/** One step of a path into a value: a key or an index. */
export type PathSegment = string | number;

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
 * The path of the first object or array found inside itself (a theme among its own themes), or
 * undefined when the value is a tree (an object shared by two branches is not a cycle). A walk
 * with its own stack, so a deep value cannot overflow the call stack; each object is walked once,
 * and each frame holds one step of the path, so memory stays linear in the depth.
 */
export function findCycle(root: unknown): PathSegment[] | undefined {
  if (typeof root !== "object" || root === null) return undefined;
  const open = new Set<object>([root]);
  const done = new Set<object>();
  const stack: Frame[] = [frameOf(root, undefined)];
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
