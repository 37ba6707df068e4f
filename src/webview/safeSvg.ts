/**
 * A second fence after Mermaid's own sanitising: the SVG text is parsed inertly and anything that
 * could run code or reach the network is dropped before it joins the page. Mermaid serialises
 * its SVG as HTML (labels hold `<br>`), so it is parsed as HTML, in a template, where nothing
 * loads or runs.
 */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'audio', 'video', 'animate', 'set']);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction'];

export function toSafeSvgElement(svgText: string): Element | undefined {
  const root = parseSvg(svgText);
  if (!root) return undefined;
  removeUnsafeAttributes(root);
  // One walk over the tree; what lies inside a removed element leaves with it.
  for (const element of root.querySelectorAll('*')) {
    if (FORBIDDEN_ELEMENTS.has(element.localName.toLowerCase())) element.remove();
    else removeUnsafeAttributes(element);
  }
  // Adopting moves the parsed tree instead of copying it; nothing in it can load any more.
  return document.adoptNode(root);
}

/** The SVG element of Mermaid's output, in an inert document fragment. */
export function parseSvg(svgText: string): Element | undefined {
  const template = document.createElement('template');
  template.innerHTML = svgText;
  const root = template.content.firstElementChild;
  return root?.nodeName.toLowerCase() === 'svg' ? root : undefined;
}

/** Walks the attributes backwards by index, so removing one skips none and copies nothing. */
function removeUnsafeAttributes(element: Element): void {
  const attributes = element.attributes;
  for (let index = attributes.length - 1; index >= 0; index--) {
    const attribute = attributes[index];
    const name = attribute.name.toLowerCase();
    const unsafe = name.startsWith('on') || (URL_ATTRIBUTES.includes(name) && !isInDocumentReference(attribute.value));
    if (unsafe) element.removeAttribute(attribute.name);
  }
}

/** Only links to fragments of the same picture (markers, gradients) survive. */
function isInDocumentReference(value: string): boolean {
  return value.trim().startsWith('#');
}
