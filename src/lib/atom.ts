/**
 * An Atom 1.0 feed (RFC 4287) as text. Written out directly because the
 * feed must carry `xml:lang`, which the common feed libraries do not emit;
 * the format is small and fixed. Timestamps come from the content, never from
 * the build clock, so two builds give the same bytes.
 */
export interface AtomEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  updated: string;
  link: string;
  summary?: string | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** The page the feed mirrors. */
  link: string;
  /** The feed's own URL. */
  self: string;
  rights: string;
  author: string;
  entries: readonly AtomEntry[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const timestamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(feed: AtomFeed): string {
  const updated =
    [...feed.entries]
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <rights>${escapeXml(feed.rights)}</rights>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
