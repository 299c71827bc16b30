// Host answers as the module reads them: one string per settled call (the frames TaskHost
// documents), checked here so that the module takes no JavaScript object apart. A host that
// breaks the HostResponse contract gets a network failure that says which field is wrong.

/** A thrown value as text: an Error's message, a string as is. */
export function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  return typeof value === "string" ? value : "unknown error";
}

/** `object[key]`, or a description of why reading it threw (e.g. `object` is not an object). */
function property(object: unknown, key: string): { value: unknown } | { problem: string } {
  try {
    return { value: Reflect.get(object as object, key) };
  } catch (error) {
    return { problem: describe(error) };
  }
}

/** A field's value: `undefined` for `undefined` or `null`, else it must pass `check`. */
function field<T>(answer: unknown, key: string, check: (value: unknown) => value is T, problem: string): T | undefined {
  const read = property(answer, key);
  if ("problem" in read) throw new Error(read.problem);
  if (read.value === undefined || read.value === null) return undefined;
  if (!check(read.value)) throw new Error(problem);
  return read.value;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isStatus = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535;

/** An answer's `headers`: `[name, value]` pairs of strings; none when absent (not when null). */
function headers(answer: unknown): string[] {
  const read = property(answer, "headers");
  if ("problem" in read) throw new Error(read.problem);
  if (read.value === undefined) return [];
  const malformed = new Error("the host's `headers` are not [name, value] pairs");
  if (!Array.isArray(read.value)) throw malformed;
  const pairs: unknown[] = read.value;
  const flat: string[] = [];
  for (let index = 0; index < pairs.length; index++) {
    const pair: unknown = pairs[index];
    if (!Array.isArray(pair) || pair.length !== 2 || !isString(pair[0]) || !isString(pair[1])) throw malformed;
    flat.push(pair[0], pair[1]);
  }
  return flat;
}

/** The first character (from NUL up) that `text` does not contain. */
function absentFrom(text: string): string {
  let code = 0;
  while (text.includes(String.fromCharCode(code))) code++;
  return String.fromCharCode(code);
}

/** A fetch's answer, each field of the HostResponse checked: the first wrong one is the failure. */
export function fetchAnswer(answer: unknown): string {
  try {
    const status = field(answer, "status", isStatus, "the host's `status` is not an HTTP status");
    const fields = headers(answer);
    const body = field(answer, "body", isString, "the host's `body` is not a string");
    const error = field(answer, "error", isString, "the host's `error` is not a string");
    const message = field(answer, "message", isString, "the host's `message` is not a string");
    if (status !== undefined && error === undefined) {
      const text = fields.join("");
      const sep = absentFrom(text);
      const end = absentFrom(text + sep);
      return `R${sep}${end}${[status, ...fields].join(sep)}${end}${body ?? ""}`;
    }
    if (error === "timeout") return "T";
    return `N${message ?? "no response"}`;
  } catch (problem) {
    return `N${describe(problem)}`;
  }
}

/** A rejected fetch: no response, and why. */
export const fetchFailure = (error: unknown): string => `N${describe(error)}`;

/** What readFile resolved to: the text, or nothing for `null`; anything else is not text. */
export function fileText(content: unknown): string {
  if (content === null || content === undefined) return "A";
  return typeof content === "string" ? `F${content}` : "U";
}

/** A rejected readFile, by its `code`. */
export function fileFailure(error: unknown): string {
  const get = (key: string): unknown => {
    const read = property(error, key);
    return "value" in read ? read.value : undefined;
  };
  const code = get("code");
  if (code === "ETOOLARGE") {
    const size = get("size");
    return `L${typeof size === "number" ? size : 0}`;
  }
  if (code === "ENOTUTF8") return "U";
  return `E${typeof code === "string" ? code : describe(error)}`;
}

/** What fileMode resolved to: a number, or nothing. */
export const fileMode = (mode: unknown): string => (typeof mode === "number" ? String(mode) : "");
