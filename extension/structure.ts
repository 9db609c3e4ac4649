// "Save the page structure", loaded only when it is offered: on a profile whose layout Telltale
// did not understand, the content script asks the worker (page/load-structure), which runs this
// file in the content script's own isolated world (scripting.executeScript). It hands the content
// script one function through that world's global object, which the page's own scripts cannot
// reach. Kept out of content.js, which every LinkedIn page loads: the file builder is a few KB
// that almost no page needs.
import { pageStructure } from '../src/extract/structure.ts';
import { STRUCTURE_GLOBAL, type StructureSaver } from '../src/page/structure-global.ts';
import { saveStructureOnClick } from '../src/ui/save-structure.ts';

const save: StructureSaver = (event, read) => saveStructureOnClick(() => pageStructure(document, location.href, read))(event);
Object.defineProperty(globalThis, STRUCTURE_GLOBAL, { value: save, configurable: true });
