// papaparse reads `require('stream')` only for its Node stream input
// (Papa.NODE_STREAM_INPUT), which no browser page reaches. Vite would externalize
// the Node module and warn on every build; an empty module in its place says the
// same thing without the warning, and ships nothing.
const EMPTY = '\0papaparse-no-node-stream';

/** A Vite plugin: `stream` imported by papaparse resolves to an empty module. */
export function papaparseBrowser() {
  return {
    name: 'papaparse-browser',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'stream' && importer && /[\\/]papaparse[\\/]/.test(importer)) return EMPTY;
      return null;
    },
    load(id) {
      return id === EMPTY ? 'export default {};' : null;
    },
  };
}
