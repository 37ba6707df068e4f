// The `process` package's browser build: a partial stand-in for Node's process object.
declare module 'process/browser.js' {
  const process: Partial<NodeJS.Process>;
  export default process;
}
