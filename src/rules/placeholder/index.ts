/** The placeholder rules. Each rule is one file in this folder; list it here. */
import type { Rule } from '../../rule.js';
import editorNote from './editor-note.js';
import fillerMark from './filler-mark.js';

export const placeholderRules: Rule[] = [fillerMark, editorNote];
