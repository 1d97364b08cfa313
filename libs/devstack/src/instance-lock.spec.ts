import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireInstanceLock } from './instance-lock';

const WHAT = { vi: 'Tệp dữ liệu Temporal', en: 'the Temporal database file' };

describe('acquireInstanceLock', () => {
  const lockFile = () => join(mkdtempSync(join(tmpdir(), 'kc-lock-')), 'temporal.db.lock');

  it('claims a free file with its pid and gives it back on release', () => {
    const file = lockFile();
    const lock = acquireInstanceLock(file, WHAT);
    expect(readFileSync(file, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a file held by a live process, naming it in both languages', () => {
    const file = lockFile();
    writeFileSync(file, '1\n'); // pid 1 is always alive
    expect(() => acquireInstanceLock(file, WHAT)).toThrow(
      /Tệp dữ liệu Temporal đang được một phiên khác \(pid 1\).* \/ the Temporal database file is in use by another instance/,
    );
  });

  it('takes over a lock whose process is gone', () => {
    const file = lockFile();
    writeFileSync(file, '2147480000\n');
    acquireInstanceLock(file, WHAT).release();
  });
});
