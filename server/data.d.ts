/** Data files (phrasebook YAML, character tables) are bundled as text. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module '*.txt' {
  const text: string;
  export default text;
}
