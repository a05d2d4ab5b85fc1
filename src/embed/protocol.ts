/**
 * The messages between a host page (the SDK, embed-sdk.ts) and the embedded app (features/embed), over
 * postMessage. Shared by both sides and checked on both: every message names the protocol and its version, and
 * anything that does not match is ignored, never thrown on. No dependencies: the SDK stays a few KB.
 */
export const PROTOCOL = 'corridor-map';
export const VERSION = 1;

/** The filters a host may set (the same values as the URL: category, status, country, region, tag ids). */
export interface EmbedFilters {
  categories?: string[];
  statuses?: string[];
  countries?: string[];
  regions?: string[];
  tags?: string[];
  query?: string;
  coalitionOnly?: boolean;
}

export interface EmbedCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/** What the host asks; each request carries an id its response repeats. */
export type EmbedRequest =
  | { type: 'setFilters'; filters: EmbedFilters }
  | { type: 'select'; id: string | null }
  | { type: 'flyTo'; camera: EmbedCamera }
  | { type: 'setLanguage'; lang: 'en' | 'fr' }
  | { type: 'getView' };

/** The view as the app reports it: its query string (the same as a shared link's) and its parts. */
export interface EmbedView {
  query: string;
  lang: 'en' | 'fr';
  selectedId: string | null;
  camera: EmbedCamera | null;
  filters: Required<EmbedFilters>;
}

/** What the app announces on its own. */
export type EmbedEvent =
  | { type: 'ready'; view: EmbedView }
  | { type: 'selectionchange'; id: string | null }
  | { type: 'viewchange'; view: EmbedView }
  | { type: 'filterchange'; filters: Required<EmbedFilters> }
  | { type: 'resize'; height: number };

type Envelope = { protocol: typeof PROTOCOL; version: typeof VERSION };
export type RequestMessage = Envelope & { id: string; request: EmbedRequest };
export type ResponseMessage = Envelope & { id: string } & (
    { ok: true; result: unknown } | { ok: false; error: string }
  );
export type EventMessage = Envelope & { event: EmbedEvent };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 100 && v.every((x) => isString(x, 120));
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isEnvelope(v: unknown): v is Record<string, unknown> & Envelope {
  return isObject(v) && v['protocol'] === PROTOCOL && v['version'] === VERSION;
}

export function isFilters(v: unknown): v is EmbedFilters {
  if (!isObject(v)) return false;
  const lists = ['categories', 'statuses', 'countries', 'regions', 'tags'] as const;
  for (const key of Object.keys(v)) {
    if (![...lists, 'query', 'coalitionOnly'].includes(key)) return false;
  }
  return (
    lists.every((key) => v[key] === undefined || isStringList(v[key])) &&
    (v['query'] === undefined || isString(v['query'], 100)) &&
    (v['coalitionOnly'] === undefined || typeof v['coalitionOnly'] === 'boolean')
  );
}

export function isCamera(v: unknown): v is EmbedCamera {
  return (
    isObject(v) &&
    isFiniteNumber(v['lon']) &&
    isFiniteNumber(v['lat']) &&
    isFiniteNumber(v['zoom']) &&
    Math.abs(v['lon']) <= 180 &&
    Math.abs(v['lat']) <= 90 &&
    v['zoom'] >= 0 &&
    v['zoom'] <= 22
  );
}

function isRequest(v: unknown): v is EmbedRequest {
  if (!isObject(v)) return false;
  switch (v['type']) {
    case 'setFilters':
      return isFilters(v['filters']);
    case 'select':
      return v['id'] === null || (isString(v['id'], 120) && ID.test(v['id']));
    case 'flyTo':
      return isCamera(v['camera']);
    case 'setLanguage':
      return v['lang'] === 'en' || v['lang'] === 'fr';
    case 'getView':
      return true;
    default:
      return false;
  }
}

/** A host's request, or null for anything else (another protocol, a bad field, a missing id). */
export function parseRequest(data: unknown): RequestMessage | null {
  if (!isEnvelope(data) || !isString(data['id'], 100) || !isRequest(data['request'])) return null;
  return { protocol: PROTOCOL, version: VERSION, id: data['id'], request: data['request'] };
}

function isView(v: unknown): v is EmbedView {
  return (
    isObject(v) &&
    isString(v['query'], 4000) &&
    (v['lang'] === 'en' || v['lang'] === 'fr') &&
    (v['selectedId'] === null || isString(v['selectedId'], 120)) &&
    (v['camera'] === null || isCamera(v['camera'])) &&
    isFilters(v['filters'])
  );
}

function isEvent(v: unknown): v is EmbedEvent {
  if (!isObject(v)) return false;
  switch (v['type']) {
    case 'ready':
    case 'viewchange':
      return isView(v['view']);
    case 'selectionchange':
      return v['id'] === null || isString(v['id'], 120);
    case 'filterchange':
      return isFilters(v['filters']);
    case 'resize':
      return isFiniteNumber(v['height']) && v['height'] > 0 && v['height'] < 10_000;
    default:
      return false;
  }
}

/** An app's message to its host (an event or a response), or null for anything else. */
export function parseAppMessage(data: unknown): EventMessage | ResponseMessage | null {
  if (!isEnvelope(data)) return null;
  if ('event' in data)
    return isEvent(data['event']) ? { protocol: PROTOCOL, version: VERSION, event: data['event'] } : null;
  if (!isString(data['id'], 100) || typeof data['ok'] !== 'boolean') return null;
  if (data['ok'] === true)
    return { protocol: PROTOCOL, version: VERSION, id: data['id'], ok: true, result: data['result'] };
  return isString(data['error'], 500)
    ? { protocol: PROTOCOL, version: VERSION, id: data['id'], ok: false, error: data['error'] }
    : null;
}

/**
 * The origins a host allowed in the frame's `host=` parameter (comma-separated `https://example.org`), each
 * normalised; anything that is not an http(s) origin is dropped. The app answers only these.
 */
export function allowedOrigins(param: string | null): string[] {
  if (!param) return [];
  return param
    .split(',')
    .map((raw) => {
      try {
        const url = new URL(raw.trim());
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== 'null'
          ? url.origin
          : null;
      } catch {
        return null;
      }
    })
    .filter((o): o is string => o !== null);
}
