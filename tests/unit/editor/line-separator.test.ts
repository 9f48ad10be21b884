import { describe, expect, it } from 'vitest';
import {
  detectLineSeparator,
  dominantLineSeparator,
} from '../../../renderer/editor/line-separator';

describe('detectLineSeparator', () => {
  it('tells LF, CRLF and mixed apart', () => {
    expect(detectLineSeparator('a\nb\n')).toBe('\n');
    expect(detectLineSeparator('a\r\nb\r\n')).toBe('\r\n');
    expect(detectLineSeparator('a\r\nb\nc')).toBe('mixed');
  });
  it('counts a text without breaks as LF', () => {
    expect(detectLineSeparator('')).toBe('\n');
    expect(detectLineSeparator('一行')).toBe('\n');
  });
  it('treats lone CR (old Mac) as mixed, since the editor cannot keep it', () => {
    expect(detectLineSeparator('a\rb\r')).toBe('mixed');
  });
  it('picks the more frequent separator for a mixed text', () => {
    expect(dominantLineSeparator('a\r\nb\r\nc\nd')).toBe('\r\n');
    expect(dominantLineSeparator('a\r\nb\nc\nd')).toBe('\n');
  });
});
