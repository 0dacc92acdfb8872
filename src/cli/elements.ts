/**
 * The elements `trust-badges html` renders (not `<trust-data>`, which renders
 * nothing, nor `<trust-status>`, whose payload is a live feed the browser polls:
 * `svg --status` and `shields --status` draw a feed into a file), each with the
 * attributes of its own the command may set: `lang` and `theme` it sets itself,
 * `src` and `timeout` would bypass the data it passes, and `on-error`, `key` and
 * `require-signature` have nothing to act on (it renders only a profile it
 * validated, unsigned). A test compares this with custom-elements.json.
 */
export const ELEMENT_ATTRIBUTES = {
  'trust-center': ['sections', 'heading-level', 'max-age'],
  'trust-badges': ['include', 'exclude', 'variant', 'heading', 'heading-level'],
  'trust-badge': ['cert', 'variant', 'shared'],
  'trust-encryption': ['variant', 'heading', 'heading-level'],
  'trust-uptime': ['period', 'heading', 'heading-level'],
  'trust-auth': ['heading', 'heading-level'],
  'trust-roles': ['heading'],
  'trust-subprocessors': ['view', 'heading'],
  'trust-documents': [],
  'trust-faq': ['open'],
} as const;

export type ElementName = keyof typeof ELEMENT_ATTRIBUTES;
export const ELEMENTS = Object.keys(ELEMENT_ATTRIBUTES) as ElementName[];
