/**
 * The height a widget holds while it loads, from before its bundle has come
 * (the loader's rule for an undefined tag) until its data has: about a phone's
 * screen, so that what follows on the page is below it and does not jump into
 * view, or out of it, when the widget draws (Cumulative Layout Shift). In px:
 * before the widget is defined, only the page's type (12 px on some portals)
 * is there to measure ems by, and a zoomed-out portal's 100svh changes as it lays out.
 */
export const HELD_HEIGHT = "640px";

/**
 * What a calendar at least 480px wide (a desktop page, or a portal a phone
 * shows zoomed out) holds before it is defined: its month, as it draws it in
 * Chinese (six weeks with their lunar line, a row of categories).
 */
export const HELD_MONTH_HEIGHT = "944px";

/**
 * What a room booking at least 480px wide holds before it is defined: two rows
 * of room cards with their photos, as its loading state draws them.
 */
export const HELD_CATALOGUE_HEIGHT = "1040px";
