/** .docx → flat OPC for tests: the one implementation is scripts/lib/flat-opc.mjs (shared with the bench). */
export { docxToFlatOpc, PKG_NS } from '../../scripts/lib/flat-opc.mjs';
