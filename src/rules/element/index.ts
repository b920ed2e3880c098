/** The element rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import addresseeColon from './addressee-colon.js';
import attachmentLabel from './attachment-label.js';
import attachmentNote from './attachment-note.js';
import classification from './classification.js';
import copyNumber from './copy-number.js';
import copyTo from './copy-to.js';
import directionTone from './direction-tone.js';
import documentKind from './document-kind.js';
import documentNumber from './document-number.js';
import headingSequence from './heading-sequence.js';
import issueDate from './issue-date.js';
import printLine from './print-line.js';
import remark from './remark.js';
import reportNoRequest from './report-no-request.js';
import routing from './routing.js';
import seal from './seal.js';
import signer from './signer.js';
import titleEndPunctuation from './title-end-punctuation.js';
import titleLinebreak from './title-linebreak.js';
import titleParts from './title-parts.js';
import urgency from './urgency.js';

export const elementRules: Rule[] = [
  copyNumber,
  classification,
  urgency,
  documentNumber,
  signer,
  titleEndPunctuation,
  titleLinebreak,
  titleParts,
  documentKind,
  reportNoRequest,
  routing,
  directionTone,
  addresseeColon,
  headingSequence,
  attachmentNote,
  attachmentLabel,
  issueDate,
  seal,
  remark,
  copyTo,
  printLine,
];
