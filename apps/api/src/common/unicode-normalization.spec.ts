import type { NextFunction, Request, Response } from 'express';
import { normalizeUnicodeInput, toNfc } from './unicode-normalization';

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

describe('normalizeUnicodeInput', () => {
  it('normalizes the body and shadows the re-parsed query with its NFC form', () => {
    const req = Object.create({
      get query() {
        return { q: nfd };
      },
    }) as Request;
    req.body = { title: nfd };
    const next = jest.fn() as NextFunction;
    normalizeUnicodeInput(req, {} as Response, next);
    expect(req.body).toEqual({ title: nfc });
    expect(req.query).toEqual({ q: nfc });
    expect(next).toHaveBeenCalledTimes(1);
  });
});
