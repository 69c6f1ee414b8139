/**
 * The division of roles as flows between the parties, from the `gives` lines
 * of `content/data/parties.yaml`: who gives what to whom, written out as the
 * sentences beside the roles diagram (its text alternative).
 */
import type { PartyData } from './content/schemas.ts';
import { fitParticle, particleAfterTag } from './korean-particles.ts';

export type PartyId = PartyData['id'];
export type Receiver = PartyData['gives']['to'][number];

export interface Flow {
  /** The parties that give it, in party order. */
  from: PartyId[];
  to: Receiver[];
  what: PartyData['gives']['what'];
}

/** One flow per distinct gift: parties giving the same thing to the same receivers give it together. */
export function roleFlows(parties: readonly PartyData[]): Flow[] {
  const flows = new Map<string, Flow>();
  for (const party of [...parties].sort((a, b) => a.order - b.order)) {
    const { what, to } = party.gives;
    const key = JSON.stringify([what.ko, what.en, [...to].sort()]);
    const flow = flows.get(key);
    if (flow) flow.from.push(party.id);
    else flows.set(key, { from: [party.id], to: [...to], what });
  }
  return [...flows.values()];
}

/** A piece of generated text: plain, or a link. */
export interface Segment {
  text: string;
  href?: string | undefined;
  strong?: boolean | undefined;
}

/**
 * An English name as it reads inside a sentence: a common-noun title such as
 * "Local firms" or "The declaration's targets" drops its capital; proper
 * names ("Gumi City", "GERI", "Gyeongsangbuk-do") keep theirs.
 */
export function inSentence(name: string): string {
  const [first = '', ...others] = name.split(' ');
  const commonNoun = others.length > 0 && others.every((word) => word === word.toLowerCase());
  return commonNoun && /^[A-Z][a-z]/.test(first) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

const plain = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

/** "경상북도와 구미시", "Gyeongsangbuk-do and Gumi City", links kept. */
export function joinNames(names: readonly Segment[][], locale: 'ko' | 'en'): Segment[] {
  const joined: Segment[] = [];
  names.forEach((name, index) => {
    const remaining = names.length - index - 1;
    joined.push(...name);
    if (remaining === 0) return;
    if (locale === 'ko') {
      joined.push({ text: remaining === 1 ? `${fitParticle(plain(name), '와')} ` : ', ' });
    } else {
      joined.push({ text: remaining === 1 ? ' and ' : ', ' });
    }
  });
  return joined;
}

/**
 * Fills `{name}` slots of a UI sentence with segments. A Korean particle
 * written after a slot ("{from}은") is fitted to what fills it ("구미시는").
 */
export function fillSentence(template: string, slots: Record<string, Segment[]>): Segment[] {
  const result: Segment[] = [];
  let rest = template;
  for (let match = /\{(\w+)\}/.exec(rest); match; match = /\{(\w+)\}/.exec(rest)) {
    const name = match[1] ?? '';
    const filling = slots[name];
    if (!filling) throw new Error(`No value for {${name}} in "${template}"`);
    if (match.index > 0) result.push({ text: rest.slice(0, match.index) });
    result.push(...filling);
    rest = rest.slice(match.index + match[0].length);
    const particle = particleAfterTag.exec(rest)?.[1];
    if (particle) {
      result.push({ text: fitParticle(plain(filling), particle) });
      rest = rest.slice(particle.length);
    }
  }
  if (rest) result.push({ text: rest });
  return result;
}
