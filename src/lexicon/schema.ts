/**
 * The lexicon JSON Schema. schemas/lexicon.schema.json (published in the package) is this object,
 * written out; test/lexicon/lexicons.test.ts keeps the two identical.
 *
 * One entry shape per type (issue 10): `entries` of a lexicon are checked against the definition of
 * its type only, and each definition lists exactly the fields that type uses.
 */
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

const common = {
  severity: { enum: ['error', 'warning'] },
  reason: { type: 'string', description: 'Why, in Chinese (shown in the message).' },
  reasonEn: { type: 'string', description: 'Why, in English.' },
  source: { type: 'string', minLength: 1, description: 'Which standard, list or authority the entry comes from.' },
  example: {
    type: 'object',
    required: ['bad', 'good'],
    additionalProperties: false,
    properties: { bad: { type: 'string', minLength: 1 }, good: { type: 'string', minLength: 1 } },
  },
} as const;

/** The fields of entries that match a wrong form (substitution, existence, formulation, dateBounded). */
const matching = {
  match: {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
    description: 'Literal wrong forms.',
  },
  pattern: { type: 'string', minLength: 1, description: 'A JavaScript regular expression (u flag) for the wrong form.' },
  right: { type: 'string', description: 'The right form; with pattern, $1… refer to groups.' },
  fix: { type: 'boolean', description: 'Whether replacing with right is certainly safe (default true when right is given).' },
  unless: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Longer correct strings that contain a match.' },
  segment: { type: 'boolean', description: 'Drop a match whose edge falls inside a longer word.' },
  category: { type: 'string' },
  ...common,
} as const;

const oneForm = { oneOf: [{ required: ['match'] }, { required: ['pattern'] }] } as const;

const entry = (required: readonly string[], properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  required: ['source', ...required],
  additionalProperties: false,
  properties,
  ...extra,
});

export const lexiconSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/gongwen-lint/gongwen-lint/schemas/lexicon.schema.json',
  title: 'gongwen-lint lexicon',
  description:
    'A lexicon of wordings for the phrasing and typo rules of gongwen-lint. Types: substitution (wrong → right), existence (banned or cautioned), formulation (distortions of a fixed formulation), fixedOrder (items listed in a fixed order), dateBounded (wrong only for documents dated in a range), exactWording (a fixed formulation; a word inserted or dropped is reported), title (exact titles of laws, regulations and standards).',
  type: 'object',
  required: ['name', 'type', 'entries'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    type: { enum: ['substitution', 'existence', 'formulation', 'fixedOrder', 'dateBounded', 'exactWording', 'title'] },
    rule: {
      type: 'string',
      description: 'The rule that reports the entries (default by type).',
      enum: [
        'typo/common-typo',
        'phrasing/banned-word',
        'phrasing/political-formulation',
        'phrasing/regulation-title',
        'phrasing/organ-name',
        'phrasing/context-pair',
      ],
    },
    description: { type: 'string' },
    entries: { type: 'array' },
  },
  allOf: [
    { if: { properties: { type: { const: 'substitution' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/substitution' } } } } },
    { if: { properties: { type: { const: 'existence' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/existence' } } } } },
    { if: { properties: { type: { const: 'formulation' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/formulation' } } } } },
    { if: { properties: { type: { const: 'fixedOrder' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/fixedOrder' } } } } },
    { if: { properties: { type: { const: 'dateBounded' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/dateBounded' } } } } },
    { if: { properties: { type: { const: 'exactWording' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/exactWording' } } } } },
    { if: { properties: { type: { const: 'title' } } }, then: { properties: { entries: { items: { $ref: '#/definitions/title' } } } } },
  ],
  definitions: {
    substitution: entry([], matching, oneForm),
    existence: entry([], matching, oneForm),
    formulation: entry([], matching, oneForm),
    fixedOrder: entry(['name', 'items'], {
      name: { type: 'string', minLength: 1, description: 'The formulation’s name, e.g. 四个意识.' },
      items: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 2, description: 'The items in their fixed order.' },
      ...common,
    }),
    dateBounded: entry(
      ['when'],
      {
        ...matching,
        when: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          description: 'The entry applies when the reference date (成文日期, else config date) is in [onOrAfter, before).',
          properties: {
            onOrAfter: DATE,
            before: DATE,
            undated: { type: 'boolean', description: 'Also applies when the document has no date (default false).' },
          },
        },
      },
      oneForm,
    ),
    exactWording: entry(['wording'], {
      wording: { type: 'string', minLength: 7, description: 'The formulation exactly as it must be written.' },
      ...common,
    }),
    title: entry(['title'], {
      title: { type: 'string', minLength: 2, description: 'The exact title, without 《》.' },
      code: { type: 'string', pattern: '^[A-Z]+(?:/[A-Z])? \\d+(?:\\.\\d+)?$', description: 'A standard’s number without its year, e.g. "GB/T 9704".' },
      repealed: {
        type: 'object',
        required: ['on'],
        additionalProperties: false,
        description: 'No longer in force: since when, and the exact title of what replaced it.',
        properties: { on: DATE, by: { type: 'string', minLength: 2 } },
      },
      category: { type: 'string', description: 'law, administrative regulation, Party regulation, standard …' },
      source: common.source,
      example: common.example,
    }),
  },
} as const;
