/** One raw template text, its line-broken whitespace runs made one space (html-literals.mjs). */
export declare const collapseTemplateText: (raw: string) => string;
