/** What the extension sends the preview. */
export type ToPreview =
  /** A picture to draw: Graphviz DOT of the script's current version. */
  | { type: 'picture'; dot: string }
  /** The script does not parse now (or is closed): keep the last picture, show why. */
  | { type: 'stale'; message: string };

/** What the preview sends the extension. */
export type FromPreview =
  /** The page is ready for its first picture. */
  | { type: 'ready' }
  /** The writer clicked node `node` (its FlowNode.index): reveal its turn. */
  | { type: 'reveal'; node: number }
  /** Drawing failed. */
  | { type: 'error'; message: string };
