/**
 * A second fence after Mermaid's own sanitising: the SVG text is parsed inertly and anything that
 * could run code or reach the network is dropped before it joins the page. Mermaid serialises
 * its SVG as HTML (labels hold `<br>`), so it is parsed as HTML, in a template, where nothing
 * loads or runs.
 */
const FORBIDDEN_ELEMENTS = 'script, iframe, object, embed, link, meta, base, audio, video, animate, set';
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction'];

export function toSafeSvgElement(svgText: string): Element | undefined {
  const root = parseSvg(svgText);
  if (!root) return undefined;
  for (const element of Array.from(root.querySelectorAll(FORBIDDEN_ELEMENTS))) element.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) element.removeAttribute(attribute.name);
      else if (URL_ATTRIBUTES.includes(name) && !isInDocumentReference(attribute.value)) {
        element.removeAttribute(attribute.name);
      }
    }
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

/** Only links to fragments of the same picture (markers, gradients) survive. */
function isInDocumentReference(value: string): boolean {
  return value.trim().startsWith('#');
}
