/** How scripts are parsed as YAML: errors without source excerpts, repeated keys an error. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
