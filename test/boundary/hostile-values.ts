/** The error a hostile getter throws: a caller's own error, which may pass through unchanged. */
export const getterError = new Error("a getter of the caller's object threw");

function cyclicObject(): unknown {
  const value: Record<string, unknown> = { kind: "paragraph", title: "Cycle", text: "x" };
  for (const key of [
    "self",
    "themes",
    "actions",
    "rows",
    "entries",
    "items",
    "content",
    "outcomes",
    "window",
  ])
    value[key] = key === "self" || key === "window" ? value : [value];
  return value;
}

function cyclicArray(): unknown {
  const value: unknown[] = [];
  value.push(value);
  return value;
}

/** An object every property read of which throws: "a getter that throws". */
function throwingObject(): unknown {
  return new Proxy(
    {},
    {
      get: () => {
        throw getterError;
      },
      has: () => {
        throw getterError;
      },
      ownKeys: () => {
        throw getterError;
      },
      getOwnPropertyDescriptor: () => {
        throw getterError;
      },
    },
  );
}

/** Arguments of every wrong type a plain JavaScript caller might pass, with a name for the report. */
export function hostileValues(): ReadonlyArray<readonly [string, unknown]> {
  return [
    ["undefined", undefined],
    ["null", null],
    ["0", 0],
    ["NaN", Number.NaN],
    ["-1", -1],
    ["1e308", 1e308],
    ["true", true],
    ['""', ""],
    ['"x"', "x"],
    ["{}", {}],
    ["[]", []],
    ["[null]", [null]],
    ["a function", () => 1],
    ["a cyclic object", cyclicObject()],
    ["a cyclic array", cyclicArray()],
    ["a getter that throws", throwingObject()],
  ];
}
