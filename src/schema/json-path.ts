// The one path notation of validation results: `$.Member.List[0]["odd key"]`.

export function childPath(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Converts ajv's JSON pointer (`/a/0/b`) to our notation, using the data to tell indexes from keys. */
export function pointerToPath(pointer: string, data: unknown): string {
  let path = '$';
  let node: unknown = data;
  if (pointer === '') return path;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path = indexPath(path, Number(seg));
      node = node[Number(seg)];
    } else {
      path = childPath(path, seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}
