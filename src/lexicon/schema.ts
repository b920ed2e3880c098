/**
 * The lexicon JSON Schema. schemas/lexicon.schema.json (published in the package) is this object,
 * written out; test/lexicon/schema.test.ts keeps the two identical.
 */
export const lexiconSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/gongwen-lint/gongwen-lint/schemas/lexicon.schema.json',
  title: 'gongwen-lint lexicon',
  description:
    'A lexicon of wordings for the phrasing and typo rules of gongwen-lint (types in the style of Vale: substitution, existence, occurrence, formulation, conditional, title).',
  type: 'object',
  required: ['name', 'type', 'entries'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    type: { enum: ['substitution', 'existence', 'occurrence', 'formulation', 'conditional', 'title'] },
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
    entries: { type: 'array', items: { $ref: '#/definitions/entry' } },
  },
  allOf: [
    {
      if: { properties: { type: { enum: ['substitution', 'existence', 'formulation', 'conditional'] } } },
      then: { properties: { entries: { items: { anyOf: [{ required: ['match'] }, { required: ['pattern'] }] } } } },
    },
    {
      if: { properties: { type: { const: 'occurrence' } } },
      then: { properties: { entries: { items: { required: ['name', 'items'] } } } },
    },
    {
      if: { properties: { type: { const: 'title' } } },
      then: { properties: { entries: { items: { required: ['title'] } } } },
    },
    {
      if: { properties: { type: { const: 'conditional' } } },
      then: { properties: { entries: { items: { required: ['when'] } } } },
    },
  ],
  definitions: {
    entry: {
      type: 'object',
      required: ['source'],
      additionalProperties: false,
      properties: {
        match: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          ],
        },
        pattern: { type: 'string', minLength: 1 },
        right: { type: 'string' },
        fix: { type: 'boolean' },
        unless: { type: 'array', items: { type: 'string', minLength: 1 } },
        segment: { type: 'boolean' },
        severity: { enum: ['error', 'warning'] },
        category: { type: 'string' },
        reason: { type: 'string' },
        reasonEn: { type: 'string' },
        source: { type: 'string', minLength: 1 },
        example: {
          type: 'object',
          required: ['bad', 'good'],
          additionalProperties: false,
          properties: { bad: { type: 'string', minLength: 1 }, good: { type: 'string', minLength: 1 } },
        },
        name: { type: 'string', minLength: 1 },
        items: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 2 },
        when: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            onOrAfter: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            before: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            undated: { type: 'boolean', description: 'Also applies when the document has no date (default false).' },
          },
        },
        title: { type: 'string', minLength: 2 },
        code: { type: 'string', pattern: '^[A-Z]+(?:/[A-Z])? \\d+(?:\\.\\d+)?$', description: 'title: the standard number without its year, e.g. "GB/T 9704".' },
      },
    },
  },
} as const;
