import type { NextFunction, Request, Response } from 'express';
import {
  BAD_PATH_ENCODING_REFUSAL,
  MAX_PATH_LENGTH,
  NUL_REFUSAL,
  PATH_TOO_LONG_REFUSAL,
  containsNul,
  normalizeUnicodeInput,
  toNfc,
} from './unicode-normalization';

const nfc = 'Hỗ trợ máy sấy nông sản Tân Cương';
const nfd = nfc.normalize('NFD');

describe('toNfc', () => {
  it('turns NFD Vietnamese into the NFC spelling, leaving NFC and ASCII as they are', () => {
    expect(nfd).not.toBe(nfc);
    expect(toNfc(nfd)).toBe(nfc);
    expect(toNfc(nfc)).toBe(nfc);
    expect(toNfc("'; DROP TABLE projects; --")).toBe("'; DROP TABLE projects; --");
    expect(toNfc('Đề án 🏭')).toBe('Đề án 🏭');
  });

  it('reaches every string in nested objects and arrays, keys included', () => {
    const input = { title: nfd, implementingUnit: { name: nfd }, attachments: [nfd, 7], [nfd]: true };
    expect(toNfc(input)).toEqual({ title: nfc, implementingUnit: { name: nfc }, attachments: [nfc, 7], [nfc]: true });
  });

  it('keeps numbers, booleans, null and undefined', () => {
    expect(toNfc({ a: 1, b: false, c: null, d: undefined })).toEqual({ a: 1, b: false, c: null, d: undefined });
    expect(toNfc(1e30)).toBe(1e30);
  });

  it('leaves objects that are not plain data alone', () => {
    const date = new Date('2026-03-01T00:00:00Z');
    expect(toNfc(date)).toBe(date);
  });
});

describe('containsNul', () => {
  it('finds a NUL character in any string of the value, keys included', () => {
    expect(containsNul('a\u0000b')).toBe(true);
    expect(containsNul({ unit: { name: ['ok', '\u0000'] } })).toBe(true);
    expect(containsNul({ ['k\u0000']: 1 })).toBe(true);
    expect(containsNul({ title: nfd, amount: 0, note: null })).toBe(false);
  });
});

function requestWith(path: string, query: Record<string, unknown>, body: unknown): Request {
  const req = Object.create({
    get query() {
      return query;
    },
  }) as Request & { path: string };
  Object.assign(req, { path, body });
  return req;
}

function response() {
  const res = { status: jest.fn(), json: jest.fn() };
  res.status.mockReturnValue(res);
  return res;
}

describe('normalizeUnicodeInput', () => {
  it('refuses a NUL character in the path, the query or the body with a bilingual 400', () => {
    for (const req of [
      requestWith('/api/projects/%00', {}, undefined),
      requestWith('/api/projects', { q: 'a\u0000' }, undefined),
      requestWith('/api/projects', {}, { title: 'x\u0000y' }),
    ]) {
      const res = response();
      const next = jest.fn() as NextFunction;
      normalizeUnicodeInput(req, res as unknown as Response, next);
      expect(res.status).toHaveBeenCalledWith(400);
      expect(res.json).toHaveBeenCalledWith(NUL_REFUSAL);
      expect(next).not.toHaveBeenCalled();
    }
  });

  it('refuses a path whose percent-encoding does not decode', () => {
    for (const path of ['/api/projects/%E0%A4%A', '/api/projects/%']) {
      const res = response();
      const next = jest.fn() as NextFunction;
      normalizeUnicodeInput(requestWith(path, {}, undefined), res as unknown as Response, next);
      expect(res.status).toHaveBeenCalledWith(400);
      expect(res.json).toHaveBeenCalledWith(BAD_PATH_ENCODING_REFUSAL);
      expect(next).not.toHaveBeenCalled();
    }
  });

  it('refuses a path longer than any real one with 414', () => {
    const res = response();
    const next = jest.fn() as NextFunction;
    const path = `/api/projects/${'x'.repeat(MAX_PATH_LENGTH)}/actions`;
    normalizeUnicodeInput(requestWith(path, {}, undefined), res as unknown as Response, next);
    expect(res.status).toHaveBeenCalledWith(414);
    expect(res.json).toHaveBeenCalledWith(PATH_TOO_LONG_REFUSAL);
    expect(next).not.toHaveBeenCalled();
  });

  it('normalizes the body and shadows the re-parsed query with its NFC form', () => {
    const req = requestWith('/api/projects', { q: nfd }, { title: nfd });
    const next = jest.fn() as NextFunction;
    normalizeUnicodeInput(req, {} as Response, next);
    expect(req.body).toEqual({ title: nfc });
    expect(req.query).toEqual({ q: nfc });
    expect(next).toHaveBeenCalledTimes(1);
  });
});
