/** The data collections, sorted the way pages show them. */
import { getCollection, getEntry } from 'astro:content';

export async function parties() {
  return (await getCollection('parties')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function timeline() {
  return (await getCollection('timeline')).map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
}

export async function relatedFields() {
  return (await getCollection('relatedFields')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function declarationEvent() {
  const event = await getEntry('event', 'declaration');
  if (!event) throw new Error('content/data/event.yaml must have an item with id: declaration');
  return event.data;
}

/** Editorial changes, newest first. */
export async function changes() {
  return (await getCollection('changes')).map((e) => e.data).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
