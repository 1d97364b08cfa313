import type { RecipientPosition } from '@kc/domain';
import type { RecipientDirectory } from '@kc/persistence';
import type { Person } from './mail-addressing';

/**
 * The people holding the positions the domain names (a role nationally, or in the project's province), each once,
 * in the order of the positions. The worker names no role itself: the domain's tables say who.
 */
export async function peopleAt(
  directory: Pick<RecipientDirectory, 'emails'>,
  positions: readonly RecipientPosition[],
  provinceCode: string,
): Promise<Person[]> {
  const people: Person[] = [];
  for (const position of positions) {
    const found = await directory.emails({
      roles: [position.role],
      provinceCode: position.national ? null : provinceCode,
    });
    for (const person of found) {
      if (!people.some((p) => p.email.toLowerCase() === person.email.toLowerCase())) people.push(person);
    }
  }
  return people;
}
