// Templates are bundled as text by esbuild's `text` loader, so core code can read them
// without Node's fs and the same bundle works in the web worker extension host.
declare module '*.md' {
  const text: string;
  export default text;
}
