import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The page's Content-Security-Policy: no inline script at all (the language comes in a meta tag),
 * inline styles for CodeMirror and KaTeX, https images for posts that link them, same-origin frames
 * for the preview.
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A workspace file opened on its own (an SVG, say) runs nothing and reaches nothing. */
export const fileContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** A new random session token (URL-safe). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The session cookie's name; per port, because cookies do not tell ports apart. */
export function cookieName(port: number): string {
  return `postwright_session_${port}`;
}

/** Headers every answer carries. */
export function setCommonHeaders(response: ServerResponse): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'SAMEORIGIN');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'no-store');
}

/**
 * Whether Host and Origin name this server. A DNS-rebinding page reaches 127.0.0.1 under its own
 * host name, and a cross-site page sends its own Origin: both are refused. Browsers also say who
 * started a request (`Sec-Fetch-Site`): a page on another port of 127.0.0.1 is "same-site", so
 * the SameSite cookie would go along with its `<img>` or `<script>` — only the app's own pages
 * ("same-origin") and the user opening the URL ("none") are let in.
 */
export function isOwnHostAndOrigin(request: IncomingMessage, port: number): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return false;
  }
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host?.toLowerCase();
  if (host === undefined || !own.has(host)) {
    return false;
  }
  const origin = request.headers.origin;
  return origin === undefined || [...own].some((item) => origin.toLowerCase() === `http://${item}`);
}

/** Whether the request carries the session cookie with the right token. */
export function hasSessionCookie(request: IncomingMessage, port: number, token: string): boolean {
  const value = readCookie(request.headers.cookie ?? '', cookieName(port));
  return value !== null && safeEqual(value, token);
}

/** Whether a token from the URL is the right one. */
export function isRightToken(candidate: string, token: string): boolean {
  return safeEqual(candidate, token);
}

/** The Set-Cookie value that starts a session. */
export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      return rest.join('=');
    }
  }
  return null;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
