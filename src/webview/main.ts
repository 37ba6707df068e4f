// The pipeline preview webview: wires the page to the host and the editor's theme.
import type { HostToPanelMessage } from '../protocol';
import { PreviewPage } from './previewPage';
import { watchTheme } from './theme';
import { connectToHost } from './vscodeApi';

const host = connectToHost();
const list = document.getElementById('diagrams');
const heading = document.getElementById('document-title');
const empty = document.getElementById('empty-state');
if (!list || !heading || !empty) throw new Error('The preview page is missing its containers.');

const page = new PreviewPage(host, list, heading, empty);
document.getElementById('insert-starter')?.addEventListener('click', () => page.insertStarter());
window.addEventListener('message', (event: MessageEvent<HostToPanelMessage>) => page.receive(event.data));
watchTheme(document.body, () => page.themeChanged());
page.ready();
