import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { AttachmentStore, AttachmentStoreUnavailable, assertStoreKey } from './attachment-store';

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * The filesystem driver: one file per key under a folder ($DATA_DIR/attachments). A file is written beside its place,
 * flushed to disk and renamed into place, so a crash never leaves half a file under a key.
 */
export class FsAttachmentStore implements AttachmentStore {
  readonly driver = 'fs' as const;

  constructor(readonly dir: string) {}

  /** Where a key's file is (tests reach it to tamper with the bytes). */
  pathOf(key: string): string {
    assertStoreKey(key);
    return join(this.dir, ...key.split('/'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    const scratch = join(dirname(target), `.${randomUUID()}.part`);
    try {
      await mkdir(dirname(target), { recursive: true });
      const file = await open(scratch, 'wx', 0o640);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(scratch, target);
    } catch (err) {
      await rm(scratch, { force: true }).catch(() => undefined);
      throw new AttachmentStoreUnavailable('fs', (err as Error).message);
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw new AttachmentStoreUnavailable('fs', (err as Error).message);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const start = join(this.dir, ...prefix.split('/').filter(Boolean));
    const keys: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (err) {
        if (isMissing(err)) return;
        throw new AttachmentStoreUnavailable('fs', (err as Error).message);
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else keys.push(relative(this.dir, path).split(sep).join('/'));
      }
    };
    await walk(start);
    return keys.filter((k) => k.startsWith(prefix)).sort();
  }
}
