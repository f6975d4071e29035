/**
 * A server value as it arrives in the browser after JSON: dates become ISO strings, everything else keeps its
 * shape. The web app types API answers as `Jsonified<ReturnType of the query>` instead of restating them.
 */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends readonly (infer U)[]
      ? readonly Jsonified<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonified<T[K]> }
        : T;
