import type { PanelState, PanelToHostMessage } from '../protocol';

/** The part of VS Code's webview API the panel uses. */
export interface WebviewApi {
  postMessage(message: PanelToHostMessage): void;
  getState(): PanelState | undefined;
  setState(state: PanelState): void;
}

declare function acquireVsCodeApi(): WebviewApi;

/** May be called only once per page load, so the panel holds the one instance. */
export function connectToHost(): WebviewApi {
  return acquireVsCodeApi();
}
