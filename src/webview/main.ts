// The pipeline preview webview: filled in by the preview feature.
export {};
