// Runtime checks that a JSON value is what a generated type says it is.
//
// A Check<T> is typed so that it fits only where exactly T is expected: a check of `string | null` cannot stand for a
// `string`, nor the other way round, and an object's shape must name every member of its type, each with a check of
// exactly that member's type. So the checks in shapes.ts are pinned to the generated schema.ts by the compiler: when
// the OpenAPI document changes what a member may hold, shapes.ts stops compiling; when the server sends something the
// document does not allow, the check reports it at run time.

/** A runtime check that a value is a T. */
export interface Check<T> {
    /** What it accepts, for messages ("a string", "null or OrganisationRef"). */
    readonly name: string;
    /** Appends to `problems` what is wrong with `value`, found at `path`. */
    readonly test: (value: unknown, path: string, problems: string[]) => void;
    /** For the compiler only: makes Check invariant in T. Never set. */
    readonly __type?: (value: T) => T;
}

/** A member the type marks optional (`member?:`): it may be left out; when present it must pass the check. */
export interface Optional<T> {
    readonly optional: Check<T>;
}

export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

const primitive = <T>(name: string, accepts: (value: unknown) => boolean): Check<T> => ({
    name,
    test: (value, path, problems) => {
        if (!accepts(value)) {
            problems.push(`${path}: expected ${name}, got ${show(value)}`);
        }
    },
});

export const string = primitive<string>("a string", (v) => typeof v === "string");
/** GeoJSON coordinates: nested arrays of numbers, checked only as an array (their depth depends on the geometry's type). */
export const coordinates = primitive<unknown[]>("an array of coordinates", (v) => Array.isArray(v) && v.length > 0);
export const number = primitive<number>("a number", (v) => typeof v === "number" && Number.isFinite(v));
export const integer = primitive<number>("an integer", (v) => Number.isSafeInteger(v));
export const boolean = primitive<boolean>("a boolean", (v) => typeof v === "boolean");
/** format: date-time, as RFC 3339 with an offset (the API writes UTC with Z). */
export const dateTime = primitive<string>("an RFC 3339 date-time",
    (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)));
/** format: date. */
export const date = primitive<string>("an RFC 3339 full-date", (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
/** A member typed `unknown`: anything. */
export const anything: Check<unknown> = { name: "anything", test: () => {} };

/** One of the strings of a union of literals; naming each member exactly once is enforced by the compiler. */
export function oneOf<T extends string>(values: Record<T, true>): Check<T> {
    const allowed = Object.keys(values);
    return primitive<T>(`one of ${allowed.join(", ")}`, (v) => typeof v === "string" && allowed.includes(v));
}

export function literal<T extends string>(value: T): Check<T> {
    return primitive<T>(JSON.stringify(value), (v) => v === value);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
    return {
        name: `null or ${check.name}`,
        test: (value, path, problems) => {
            if (value !== null) {
                check.test(value, path, problems);
            }
        },
    };
}

export function array<T>(item: Check<T>): Check<T[]> {
    return {
        name: `an array of ${item.name}`,
        test: (value, path, problems) => {
            if (!Array.isArray(value)) {
                problems.push(`${path}: expected an array, got ${show(value)}`);
                return;
            }
            value.forEach((element, index) => item.test(element, `${path}[${index}]`, problems));
        },
    };
}

/** An object used as a map: `{ [key: string]: T }`. */
export function record<T>(value: Check<T>): Check<{ [key: string]: T }> {
    return {
        name: `a map of ${value.name}`,
        test: (actual, path, problems) => {
            if (!isObject(actual)) {
                problems.push(`${path}: expected an object, got ${show(actual)}`);
                return;
            }
            for (const [key, member] of Object.entries(actual)) {
                value.test(member, `${path}[${JSON.stringify(key)}]`, problems);
            }
        },
    };
}

/** The members a type names, without its index signature (`[key: string]: unknown` of problem details). */
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 };

/** A check for every member of T: required members a Check of their exact type, optional ones an Optional. */
export type Shape<T> = {
    [K in NamedKeys<T> & keyof T]-?: {} extends Pick<T, K> ? Optional<Exclude<T[K], undefined>> : Check<T[K]>;
};

/**
 * An object of the given shape. Every required member must be present (the document lists it as required: the server
 * sends nulls, it never leaves a member out). Unless `extraMembers` is "allowed" (a schema with additionalProperties,
 * which the generated type shows as an index signature), a member the shape does not name is reported too: the
 * document says additionalProperties: false.
 */
export function object<T>(name: string, shape: Shape<T>, extraMembers: "forbidden" | "allowed" = "forbidden"): Check<T> {
    const members = Object.entries(shape) as [string, Check<unknown> | Optional<unknown>][];
    return {
        name,
        test: (value, path, problems) => {
            if (!isObject(value)) {
                problems.push(`${path}: expected ${name}, got ${show(value)}`);
                return;
            }
            for (const [key, check] of members) {
                const at = `${path}.${key}`;
                if ("optional" in check) {
                    if (key in value) {
                        check.optional.test(value[key], at, problems);
                    }
                } else if (!(key in value)) {
                    problems.push(`${at}: missing, but ${name} says it is always there (${check.name})`);
                } else {
                    check.test(value[key], at, problems);
                }
            }
            if (extraMembers === "forbidden") {
                for (const key of Object.keys(value).filter((k) => !(k in shape))) {
                    problems.push(`${path}.${key}: ${name} has no member ${key} (got ${show(value[key])})`);
                }
            }
        },
    };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
