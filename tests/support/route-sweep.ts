import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/roles';
import type { Access, RouteAccess } from '../../src/http/plugins/access';
import type { TestApp } from './test-app';

/**
 * Helpers for sweeping every route of the API: what a route declares, what its OpenAPI description says
 * about its parameters and body, and a minimal valid body built from that description.
 */

export type Declaration = 'public' | 'authenticated' | Role[];
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

export function declarationOf(access: Access): Declaration {
  if ('public' in access) return 'public';
  if ('authenticated' in access) return 'authenticated';
  return [...new Set(access.roles)].sort();
}

/** The roles that pass a route's access check. */
export function rolesAllowed(access: Access, allRoles: readonly Role[]): Role[] {
  if ('roles' in access) return [...access.roles];
  return [...allRoles];
}

export const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1]);

export function fillPath(url: string, values: Record<string, string>) {
  return url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? randomUUID()));
}

export const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

// ---------------------------------------------------------------------------------------------------------
// OpenAPI

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number | boolean;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  nullable?: boolean;
};

type OpenApiParameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };
type OpenApiOperation = { parameters?: OpenApiParameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
export type OpenApiDoc = { paths?: Record<string, Record<string, OpenApiOperation>>; components?: { schemas?: Record<string, JsonSchema> } };

export type Operation = {
  pathParams: Record<string, JsonSchema>;
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
};

export function openApiOf(t: TestApp): OpenApiDoc {
  return t.app.swagger() as unknown as OpenApiDoc;
}

/** The OpenAPI operation of a route (`:id` in fastify is `{id}` in OpenAPI). */
export function operationOf(doc: OpenApiDoc, route: { method: string; url: string }): Operation {
  const path = route.url.replace(/:(\w+)/g, '{$1}');
  const op = doc.paths?.[path]?.[route.method.toLowerCase()] ?? {};
  const params = op.parameters ?? [];
  const body = op.requestBody?.content?.['application/json']?.schema ?? null;
  return {
    pathParams: Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, resolveRef(doc, p.schema ?? {})])),
    query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: resolveRef(doc, p.schema ?? {}) })),
    body: body ? resolveRef(doc, body) : null,
  };
}

function resolveRef(doc: OpenApiDoc, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return resolveRef(doc, doc.components?.schemas?.[name] ?? {});
}

/** The values of an enum path parameter (`/api/organisation/:kind`), or null for a free one such as an id. */
export function enumValues(schema: JsonSchema | undefined): string[] | null {
  if (!schema) return null;
  const values = schema.enum ?? schema.anyOf?.flatMap((s) => s.enum ?? (s.const !== undefined ? [s.const] : []));
  return values && values.length ? values.map(String) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Minimal valid input from a JSON schema

export type SampleOptions = {
  doc: OpenApiDoc;
  /** The id to use for a reference field (sectorId, memberId, …), or undefined for an unknown one. */
  reference: (field: string) => string | undefined;
  /** Also fill optional fields that are references (to try a foreign record in every one of them). */
  includeOptionalReferences?: boolean;
};

/** Values that satisfy the house's common patterns and field names. */
const SAMPLE_STRINGS = ['测试', '2026-03-01', '13900001234', 'Sweep@Pass2026', 'test', 'a1'];
const FIELD_HINTS: Record<string, unknown> = {
  password: 'Sweep@Pass2026',
  newPassword: 'Sweep@Pass2026',
  oldPassword: 'Sweep@Pass2026',
  phone: '13900001234',
  username: 'sweepuser',
  email: 'sweep@example.cn',
};

export function sample(schema: JsonSchema, options: SampleOptions, field = ''): unknown {
  const s = resolveRef(options.doc, schema);
  if (s.allOf?.length) return sample(Object.assign({}, ...s.allOf.map((x) => resolveRef(options.doc, x))), options, field);
  const choices = s.anyOf ?? s.oneOf;
  if (choices?.length) {
    const nonNull = choices.find((c) => c.type !== 'null') ?? choices[0];
    return sample(nonNull, options, field);
  }
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum.find((v) => v !== null) ?? s.enum[0];
  const type = Array.isArray(s.type) ? (s.type.find((x) => x !== 'null') ?? 'null') : s.type;
  switch (type) {
    case 'object':
      return sampleObject(s, options);
    case 'array': {
      const n = s.minItems ?? 0;
      return Array.from({ length: n }, () => sample(s.items ?? {}, options, field));
    }
    case 'integer':
    case 'number': {
      if (field in FIELD_HINTS && typeof FIELD_HINTS[field] === 'number') return FIELD_HINTS[field];
      const exclusive = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : undefined;
      const value = s.minimum ?? exclusive ?? 1;
      return s.maximum !== undefined ? Math.min(value, s.maximum) : value;
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return sampleString(s, options, field);
  }
}

function sampleObject(s: JsonSchema, options: SampleOptions) {
  const out: Record<string, unknown> = {};
  const required = new Set(s.required ?? []);
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const isReference = options.reference(name) !== undefined;
    if (required.has(name) || (options.includeOptionalReferences && isReference)) out[name] = sample(prop, options, name);
  }
  return out;
}

function sampleString(s: JsonSchema, options: SampleOptions, field: string): string {
  if (s.format === 'uuid') return options.reference(field) ?? randomUUID();
  if (s.format === 'date') return '2026-03-01';
  if (s.format === 'date-time') return '2026-03-01T09:00:00.000Z';
  if (s.format === 'email') return 'sweep@example.cn';
  const fits = (v: string) => (!s.pattern || new RegExp(s.pattern).test(v)) && v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity);
  const hinted = FIELD_HINTS[field];
  if (typeof hinted === 'string' && fits(hinted)) return hinted;
  const found = SAMPLE_STRINGS.find(fits);
  if (found) return found;
  const min = s.minLength ?? 1;
  return '测'.repeat(Math.max(min, 1)).slice(0, s.maxLength ?? Infinity);
}

/** A query string from values, or '' when there are none. */
export function queryString(values: Record<string, unknown>) {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined && v !== null);
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

// ---------------------------------------------------------------------------------------------------------
// Reading a response

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The readable text of a response, whatever its format, so it can be searched for another committee's data.
 * An unknown binary format is an error: teach this function to read it rather than skipping it.
 */
export async function readableText(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (!res.rawPayload.length) return '';
  if (type.startsWith('application/json') || type.startsWith('text/') || type === '') return res.body;
  if (type.startsWith(XLSX)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    });
    return cells.join('\n');
  }
  if (type.startsWith(DOCX)) return (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
  throw new Error(`无法读取 ${type} 格式的响应：请在 tests/support/route-sweep.ts 的 readableText 中加入这种格式，以便检查其中是否有其他委员会的数据`);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What of another committee's data a text shows: its record ids and its marked names. */
export function foreignDataIn(text: string, foreignIds: Set<string>, markers: string[]): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(UUID)) if (foreignIds.has(match[0].toLowerCase())) found.add(`id ${match[0]}`);
  for (const marker of markers) {
    let at = text.indexOf(marker);
    while (at >= 0 && found.size < 20) {
      found.add(`“${text.slice(at, at + 24)}”`);
      at = text.indexOf(marker, at + marker.length);
    }
  }
  const all = [...found];
  return all.length > 8 ? [...all.slice(0, 8), `… ${all.length - 8} more`] : all;
}

/** Every number in a JSON value by its path (`items.3.count`), for comparing counts between two calls. */
export function numbersByPath(value: unknown, path = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersByPath(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersByPath(v, `${path}.${k}`, out);
  return out;
}

/** The declared access of every route, for reading a route list in a failure message. */
export function describeRoutes(routes: RouteAccess[]) {
  return routes.map((r) => `${routeKey(r)} → ${JSON.stringify(declarationOf(r.access))}`).join('\n');
}
