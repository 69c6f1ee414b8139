/**
 * Draws a preview card (1200×630 PNG): the site's mark and name, the page
 * title (with its part of the site above it), and the declaration's date and
 * parties along the bottom. satori lays the card out and turns its text into
 * paths; resvg draws that SVG as a PNG. Both give the same bytes for the same
 * input, so builds stay reproducible.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { colour, type ColourTokens } from '../design-tokens.ts';
import { siteMarkSvg } from '../site-mark.ts';
import { cardFontFamilies, type CardFonts } from './card-fonts.ts';

export const previewCardSize = { width: 1200, height: 630 } as const;

/** What a card shows: the same as the page's own Open Graph and Twitter tags. */
export interface CardSpec {
  /** BCP 47 language of the page. */
  lang: string;
  siteName: string;
  title: string;
  /** Part of the site, shown above the title. */
  section?: string | undefined;
  /** Label and value pairs along the bottom (adoption date, parties). */
  facts: readonly { label: string; value: string }[];
}

interface CardNode {
  type: string;
  key?: string;
  props: Record<string, unknown> & { style?: Record<string, string | number> };
}

/** A flex box that keeps its size: too much text overflows it, where the fit check sees it. */
function box(style: Record<string, string | number>, ...children: (CardNode | string)[]): CardNode {
  return { type: 'div', props: { style: { display: 'flex', flexShrink: 0, ...style }, children } };
}

/**
 * Korean breaks lines only between words (as `word-break: keep-all` does on
 * the site). satori's own keep-all also breaks at punctuation such as the
 * middle dot in "한국어·영어", so the letters of each word are joined with
 * invisible word joiners (U+2060) instead, which forbid a break between them.
 */
export function keepWordsTogether(text: string): string {
  return text
    .split(' ')
    .map((word) => [...word].join('\u2060'))
    .join(' ');
}

/** Title sizes to try, largest first; the first that fits the card is used. */
export const titleSizes = [80, 72, 64, 56, 50, 44, 38] as const;
const padding = { x: 80, top: 64, bottom: 56 };
/** Room kept above and below the title block inside the title area. */
const titleAreaPadding = 28;
const titleAreaKey = 'title-area';
const titleBlockKey = 'title-block';

function cardTree(spec: CardSpec, tokens: ColourTokens, titleSize: number): CardNode {
  /** A colour of the site as in its light scheme. */
  const c = (name: string) => colour(name, 'light', tokens);
  const text = (plain: string) => (spec.lang === 'ko' ? keepWordsTogether(plain) : plain);
  const mark = `data:image/svg+xml;base64,${Buffer.from(
    siteMarkSvg({ size: 64, colours: { background: c('accent'), foreground: c('accent-ink') } }),
  ).toString('base64')}`;
  return box(
    {
      width: previewCardSize.width,
      height: previewCardSize.height,
      flexDirection: 'column',
      backgroundColor: c('canvas'),
      color: c('ink'),
      fontFamily: cardFontFamilies.join(', '),
    },
    box({ height: 16, backgroundColor: c('accent') }),
    box(
      {
        flexGrow: 1,
        flexDirection: 'column',
        padding: `${padding.top}px ${padding.x}px ${padding.bottom}px`,
      },
      box(
        { alignItems: 'center', gap: 22 },
        { type: 'img', props: { src: mark, width: 64, height: 64 } },
        box({ fontSize: 32, fontWeight: 700 }, spec.siteName),
      ),
      {
        ...box(
          // Sized by the room left, not by its title, so that the fit check below sees a title too large.
          { flexGrow: 1, flexBasis: 0, flexDirection: 'column', justifyContent: 'center' },
          {
            ...box(
              { flexDirection: 'column' },
              ...(spec.section
                ? [box({ fontSize: 32, fontWeight: 700, color: c('accent'), marginBottom: 8 }, spec.section)]
                : []),
              box(
                {
                  fontSize: titleSize,
                  fontWeight: 700,
                  lineHeight: 1.22,
                  letterSpacing: spec.lang === 'ko' ? -1 : -0.5,
                  textWrap: 'balance',
                },
                text(spec.title),
              ),
            ),
            key: titleBlockKey,
          },
        ),
        key: titleAreaKey,
      },
      box(
        { gap: 56, borderTop: `2px solid ${c('line')}`, paddingTop: 24 },
        ...spec.facts.map((fact, index) =>
          box(
            // The last fact (the parties' names) takes the room that is left and wraps.
            { flexDirection: 'column', gap: 2, ...(index === spec.facts.length - 1 && { flexShrink: 1 }) },
            box({ fontSize: 22, color: c('muted') }, fact.label),
            box({ fontSize: 26, fontWeight: 700 }, text(fact.value)),
          ),
        ),
      ),
    ),
  );
}

/** The card as SVG, with the largest title size whose title fits the card. */
export async function layOutCard(
  spec: CardSpec,
  tokens: ColourTokens,
  fonts: CardFonts,
): Promise<{ svg: string; titleSize: number }> {
  for (const titleSize of titleSizes) {
    const boxes = new Map<string, { height: number }>();
    const svg = await satori(cardTree(spec, tokens, titleSize), {
      ...previewCardSize,
      fonts: fonts.base,
      loadAdditionalAsset: async (_language, segment) => fonts.more(segment),
      onNodeDetected: (node) => {
        if (typeof node.key === 'string') boxes.set(node.key, node);
      },
    });
    const area = boxes.get(titleAreaKey)?.height;
    const block = boxes.get(titleBlockKey)?.height;
    if (area === undefined || block === undefined) throw new Error('the preview card has no title area');
    if (block <= area - 2 * titleAreaPadding || titleSize === titleSizes.at(-1)) return { svg, titleSize };
  }
  throw new Error('unreachable: the smallest title size always returns');
}

export async function renderCard(spec: CardSpec, tokens: ColourTokens, fonts: CardFonts): Promise<Buffer> {
  const { svg } = await layOutCard(spec, tokens, fonts);
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
