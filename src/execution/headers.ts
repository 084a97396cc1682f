// Case-insensitive header access, the one place for it: HTTP header names are case-insensitive,
// and serializers, customizations and servers spell them differently.

type HeaderMap = Readonly<Record<string, string | undefined>>;

/** The key under which `name` is set, as spelled there. */
export function headerKey(headers: HeaderMap, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((k) => k.toLowerCase() === lower);
}

export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const key = headerKey(headers, name);
  return key === undefined ? undefined : headers[key];
}

export function hasHeader(headers: HeaderMap, name: string): boolean {
  return headerKey(headers, name) !== undefined;
}
