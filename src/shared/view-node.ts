/** Plain data for a piece of our UI: text, or a tag with its attributes and children. */
export type ViewNode = string | [string, Record<string, string>, ...ViewNode[]];
