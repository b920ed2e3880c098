/**
 * The recogniser's entry point. The recogniser itself lives in ./structure/ — one module per phase of
 * the document and one module of patterns (see ./structure/index.ts).
 */
export {
  recognise, headingDepth, headingParts, isAddressee, kindOfTitle, RE, signatureWithDate,
  type HeadingParts, type RecogniseOptions,
} from './structure/index.js';
