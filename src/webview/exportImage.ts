/** Turns a diagram's SVG into the files users save: SVG text with a background, or a 2× PNG. */
import { toSafeSvgElement } from './safeSvg';

const PNG_SCALE = 2;

/** Standalone SVG files must be XML, while Mermaid writes HTML-style markup. */
function svgRoot(svgText: string): Element {
  const root = toSafeSvgElement(svgText);
  if (!root) throw new Error('The diagram has no picture to export.');
  return root;
}

export function svgWithBackground(svgText: string, background: string): string {
  const root = svgRoot(svgText);
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('style', `${root.getAttribute('style') ?? ''};background-color:${background}`);
  return new XMLSerializer().serializeToString(root);
}

/** A base64 PNG of the picture at twice its natural size on a solid background. */
export async function svgToPng(svgText: string, background: string): Promise<string> {
  const root = svgRoot(svgText);
  const [, , width = 800, height = 600] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  // The on-screen SVG is fluid (width 100%); an image needs its own size.
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('style', `background-color:${background}`);
  const bytes = new TextEncoder().encode(new XMLSerializer().serializeToString(root));
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${toBase64(bytes)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * PNG_SCALE);
  canvas.height = Math.ceil(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This view cannot draw pictures.');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
