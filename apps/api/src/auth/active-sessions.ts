import { SessionHolder, UserSessions } from '@kc/persistence';

/** How long a user's status is trusted without asking the database again. */
export const SESSION_STATUS_TTL_MS = 3_000;
const MAX_CACHED_USERS = 10_000;

export type SessionVerdict =
  { ok: true; holder: SessionHolder } | { ok: false; reason: 'UNKNOWN_USER' | 'DISABLED' | 'REVOKED' };

/**
 * Decides whether a verified token still stands: its user exists, is not disabled, and the token was issued at
 * or after the user's sessions_valid_from. The user's row is cached for a few seconds (one query per user per
 * TTL, not one per request); a change made through this process calls `forget`, so it takes effect at once here
 * and within the TTL in other API processes.
 */
export class ActiveSessions {
  private readonly cache = new Map<string, { holder: SessionHolder | null; fetchedAt: number }>();
  /** Bumped by every `forget`: a read that started before it is not cached (it may predate the change). */
  private generation = 0;

  constructor(
    private readonly sessions: UserSessions,
    private readonly now: () => number = Date.now,
  ) {}

  async check(userId: string, issuedAtMs: number): Promise<SessionVerdict> {
    const holder = await this.holder(userId);
    if (!holder) return { ok: false, reason: 'UNKNOWN_USER' };
    if (holder.disabledAt) return { ok: false, reason: 'DISABLED' };
    if (holder.sessionsValidFrom && issuedAtMs < holder.sessionsValidFrom.getTime()) {
      return { ok: false, reason: 'REVOKED' };
    }
    return { ok: true, holder };
  }

  /** Call after disabling, enabling, deleting a user, ending their sessions or changing their role or password. */
  forget(userId: string): void {
    this.cache.delete(userId);
    this.generation += 1;
  }

  private async holder(userId: string): Promise<SessionHolder | null> {
    const cached = this.cache.get(userId);
    if (cached && this.now() - cached.fetchedAt < SESSION_STATUS_TTL_MS) return cached.holder;
    const fetchedAt = this.now();
    const generation = this.generation;
    const holder = await this.sessions.holder(userId);
    if (generation !== this.generation) return holder;
    this.cache.delete(userId); // re-inserted last: the Map's order is the eviction order
    this.cache.set(userId, { holder, fetchedAt });
    if (this.cache.size > MAX_CACHED_USERS) this.cache.delete(this.cache.keys().next().value!);
    return holder;
  }
}
