/**
 * The handshake between the bootstrap content script and the lazily loaded reader file.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The reader's file, relative to the extension root (web-accessible, see wxt.config.ts). */
export const READER_FILE = '/reader.js';
/** Where the reader leaves its API on the content script's (isolated) global. */
export const READER_GLOBAL = '__caveatReader';

export interface ReaderApi {
  start(ctx: ContentScriptContext): Promise<unknown>;
}
