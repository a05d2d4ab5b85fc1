/**
 * Types of the Corridor Map host SDK, served beside it: `import { CorridorMap } from '<app>/embed.js'`.
 * Kept identical to src/embed/embed-sdk.ts and src/embed/protocol.ts (checked by tests/unit/embed-types.test.ts).
 */

/** Filters, with the same values as the URL's (category, status, country, region and tag ids). */
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

/** The view as the map reports it: its query string (as in a shared link) and its parts. */
export interface EmbedView {
  query: string;
  lang: 'en' | 'fr';
  selectedId: string | null;
  camera: EmbedCamera | null;
  filters: Required<EmbedFilters>;
}

export type EmbedEvent =
  | { type: 'ready'; view: EmbedView }
  | { type: 'selectionchange'; id: string | null }
  | { type: 'viewchange'; view: EmbedView }
  | { type: 'filterchange'; filters: Required<EmbedFilters> }
  | { type: 'resize'; height: number };

export interface EmbedOptions {
  /** The starting view: a query string as in a shared link ("cat=fab&cam=-72.7,45.3,8"), or its parameters. */
  view?: string | Record<string, string>;
  /** 'en', 'fr', or 'auto' (the visitor's browser language). */
  lang?: 'en' | 'fr' | 'auto';
  /** 'light', 'dark', or an accent colour as #rrggbb (adjusted if it lacks contrast). */
  theme?: string;
  /** Which panels the visitor can open: any of search, legend, filters, list, details; [] for none. */
  panels?: string[];
  /** A CSS height, or 'auto' to follow the height the map asks for. Default 'auto'. */
  height?: string | 'auto';
  /** The frame's accessible title. */
  title?: string;
  /** Milliseconds to wait for the map to be ready and for each answer. Default 15000. */
  timeoutMs?: number;
}

type EventName = 'ready' | 'selectionchange' | 'viewchange' | 'filterchange';
type EventOf<N extends EventName> = Extract<EmbedEvent, { type: N }>;

export interface CorridorMapController {
  readonly iframe: HTMLIFrameElement;
  setFilters(filters: EmbedFilters): Promise<EmbedView>;
  select(id: string | null): Promise<EmbedView>;
  flyTo(camera: EmbedCamera): Promise<EmbedView>;
  setLanguage(lang: 'en' | 'fr'): Promise<EmbedView>;
  getView(): Promise<EmbedView>;
  /** Listens to an event; returns the function that stops listening. */
  on<N extends EventName>(name: N, listener: (event: EventOf<N>) => void): () => void;
  /** Removes the frame and stops listening. */
  destroy(): void;
}

export declare const CorridorMap: {
  embed(element: Element, options?: EmbedOptions): Promise<CorridorMapController>;
};
