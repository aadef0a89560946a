/**
 * A download link or button that reads like a link: on a phone it is as tall as a button (a thumb missed the
 * 20 px "CSV" between its neighbours: walk of stop 41), on wider screens it sits in the text line.
 */
export const DOWNLOAD_LINK = "inline-flex min-h-10 items-center text-blue-800 underline sm:min-h-0";
