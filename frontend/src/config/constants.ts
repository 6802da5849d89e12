/** Page size of the lists (the API's default; its maximum is 200). */
export const PAGE_SIZE = 50;
/** Size used to fetch a whole small list at once (roadmaps for the start page, an item's progress). */
export const MAX_PAGE_SIZE = 200;
/** How many matches an organisation picker shows; the server searches for the text typed (`q`). */
export const ORGANISATION_SEARCH_SIZE = 20;
/** Delay before a search box writes its text to the URL. */
export const SEARCH_DEBOUNCE_MS = 300;
/** Limits shared with the server's validation of a progress update. */
export const PROGRESS_TEXT_MAX = 4000;
/** localStorage key of the chosen UI language. */
export const LANGUAGE_STORAGE_KEY = 'karta.language';
/** Limits shared with the server's validation of roadmaps and items (openapi.yaml: RoadmapInput, RoadmapItemInput). */
export const ROADMAP_TITLE_MAX = 500;
export const LONG_TEXT_MAX = 4000;
export const OFFICIAL_MAX = 300;
export const DEADLINE_TEXT_MAX = 200;
/** At most this many responsible, and as many assisting, organisations per item. */
export const ITEM_PARTIES_MAX = 20;
