/** Unescapes the five XML entities, to compare drawn text with the figure's own strings. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The strings a reader sees: the content of every `<text>` element, in document order. */
export function visibleTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescapeXml(match[1] ?? ''));
}

/**
 * A small well-formedness check (no XML parser is installed): every tag closes in order, every attribute
 * value is quoted, and no bare `&` or `<` is left in text or attributes. Returns the problems found.
 */
export function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const match of svg.matchAll(tag)) {
    const between = svg.slice(last, match.index);
    if (/[<>]/.test(between))
      problems.push(`stray markup before ${match[0].slice(0, 40)}: ${between.slice(0, 40)}`);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(between)) problems.push(`bare & in text: ${between.slice(0, 40)}`);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(match[3] ?? ''))
      problems.push(`bare & in ${match[0].slice(0, 40)}`);
    last = (match.index ?? 0) + match[0].length;
    const [, closing, name = '', , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
  }
  if (svg.slice(last).trim() !== '') problems.push(`trailing content: ${svg.slice(last, last + 40)}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (!svg.startsWith('<svg ')) problems.push('does not start with <svg');
  return problems;
}

/** The x, y pairs of a path's `d` (d3 writes `M1.5,2L3,4Z`; our charts write `M1.5 2L3 4`). */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The `d` of every kelurahan path, by code. */
export function kelurahanPaths(svg: string): Map<string, { fill: string; d: string; tag: string }> {
  const found = new Map<string, { fill: string; d: string; tag: string }>();
  for (const match of svg.matchAll(/<path data-code="([^"]+)" fill="([^"]+)"[^>]* d="([^"]+)"\/>/g)) {
    found.set(match[1] ?? '', { fill: match[2] ?? '', d: match[3] ?? '', tag: match[0] });
  }
  return found;
}

export function boundsOf(points: [number, number][]) {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}
