/**
 * The preview page's HTML and its Content Security Policy. Pure, so the browser tests load the
 * very page and policy the extension serves.
 */
export interface PreviewPageSources {
  /** The webview's `cspSource`: the origin its local resources are served from. */
  cspSource: string;
  /** One fresh random value per page load. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/**
 * Nothing is allowed by default. Scripts: the entry by nonce, its chunks from the extension.
 * Styles: the extension's sheet plus the inline styles Mermaid writes into its SVGs.
 * Images: `data:` only (PNG export draws the SVG through a data URL). The panel shows no image
 * files of its own, and VS Code's `cspSource` is a wildcard host: allowing it would let an
 * `<img>` in a diagram label reach the network.
 */
export function previewContentSecurityPolicy({ cspSource, nonce }: Pick<PreviewPageSources, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' ${cspSource}`,
    `style-src ${cspSource} 'unsafe-inline'`,
    'img-src data:',
    `font-src ${cspSource}`,
  ].join('; ');
}

export function previewHtml(sources: PreviewPageSources): string {
  const csp = previewContentSecurityPolicy(sources);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(sources.styleUri)}">
<title>Pipeline Preview</title>
</head>
<body>
<header class="preview-header"><h1 id="document-title">Pipeline Preview</h1></header>
<div id="empty-state" class="empty-state" hidden>
  <p>This answer has no Mermaid diagram yet.</p>
  <p>A pipeline diagram shows the interviewer the whole system at a glance.</p>
  <button id="insert-starter" type="button">Insert starter pipeline</button>
</div>
<main id="diagrams" class="diagrams" aria-live="polite"></main>
<script type="module" nonce="${escapeAttribute(sources.nonce)}" src="${escapeAttribute(sources.scriptUri)}"></script>
</body>
</html>`;
}

/** 32 alphanumeric characters from a cryptographic source. */
export function createNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  // Node and web workers both provide Web Crypto; the host's declared globals list only the shared basics.
  (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
