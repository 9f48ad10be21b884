import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { WorkspacePath } from '../../../core/api';
import { headBytes } from './post-entry';
import { skippedFolderNames, type FoundFile } from './scan';

/** A post the worker found; `head` is its first bytes, or null when the cache still holds it. */
export interface WorkerFile extends FoundFile {
  head: Uint8Array | null;
}

/** Files per message: small enough that parsing a batch never blocks the event loop for long. */
const batchSize = 250;

/**
 * The worker's code, plain JavaScript run with `eval` (so it needs no file of its own in the
 * bundles of the CLI and of Electron's main process). It walks like `walkPosts` (same skip rules,
 * passed in) and reads each head with synchronous fs — the fastest way to do it, measured — then
 * transfers the bytes in batches, so the main thread parses one batch while the next is read.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { root, skipped, fresh, headBytes, batchSize } = workerData;
const skip = new Set(skipped);
const freshKeys = new Set(fresh);
const isFolder = (name) => !name.startsWith('.') && !skip.has(name);
const isPost = (name) => !name.startsWith('.') && /\\.(md|markdown)$/i.test(name);
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
// Heads are read straight into the batch's buffer, which is then transferred (no copy per file).
let bytes = Buffer.allocUnsafeSlow(batchSize * headBytes);
let files = [];
let used = 0;
function flush() {
  const sent = new Uint8Array(bytes.buffer, 0, used);
  parentPort.postMessage({ files, bytes: sent }, [bytes.buffer]);
  bytes = Buffer.allocUnsafeSlow(batchSize * headBytes);
  files = []; used = 0;
}
// Up to the size fstat gave: a post shorter than the head needs one read, not a second that
// returns 0 (most posts are under 4 KB).
function readHead(fd, size) {
  const wanted = Math.min(size, headBytes);
  let length = 0;
  for (let read = -1; read !== 0 && length < wanted; length += read) {
    read = fs.readSync(fd, bytes, used + length, wanted - length, length);
  }
  return length;
}
const pending = [''];
while (pending.length > 0) {
  const relDir = pending.pop();
  const absDir = path.join(root, relDir);
  let dirents;
  try { dirents = fs.readdirSync(absDir, { withFileTypes: true }); } catch { continue; }
  for (const dirent of dirents) {
    const relPath = relDir === '' ? dirent.name : relDir + '/' + dirent.name;
    if (dirent.isDirectory()) { if (isFolder(dirent.name)) pending.push(relPath); continue; }
    if (!dirent.isFile() || !isPost(dirent.name)) continue;
    const absPath = absDir + path.sep + dirent.name;
    if (freshKeys.size > 0) {
      let info;
      try { info = fs.statSync(absPath); } catch { continue; }
      if (info.isFile() && freshKeys.has(relPath + '\\0' + info.size + '\\0' + info.mtimeMs)) {
        files.push({ path: relPath, size: info.size, mtimeMs: info.mtimeMs, offset: -1, length: 0 });
        if (files.length >= batchSize) flush();
        continue;
      }
    }
    // Non-blocking, and stat'ed through the open file: a FIFO that took a post's name is skipped.
    let fd;
    try { fd = fs.openSync(absPath, openFlags); } catch { continue; }
    let file;
    try {
      const info = fs.fstatSync(fd);
      if (!info.isFile()) continue;
      const length = readHead(fd, info.size);
      file = { path: relPath, size: info.size, mtimeMs: info.mtimeMs, offset: used, length };
      used += length;
    } catch { continue; } finally { fs.closeSync(fd); }
    files.push(file);
    if (files.length >= batchSize) flush();
  }
}
flush();
parentPort.postMessage(null);
`;

interface WorkerBatch {
  files: (FoundFile & { offset: number; length: number })[];
  bytes: Uint8Array;
}

/** The key under which the worker is told a cached entry is still fresh. */
export function freshKey(path: WorkspacePath, size: number, mtimeMs: number): string {
  return `${path}\0${size}\0${mtimeMs}`;
}

/**
 * Walks `root` and reads the head of every post not in `fresh` in a worker thread, handing each
 * batch to `onBatch` as it arrives. Rejects when the worker cannot run (the caller then walks in
 * process).
 */
export function readHeadsInWorker(
  root: string,
  fresh: readonly string[],
  onBatch: (files: WorkerFile[]) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { root, skipped: skippedFolderNames, fresh, headBytes, batchSize },
    });
    // A port delivers every queued message in one go: batches are parsed one per turn of the
    // event loop instead, so timers, IPC and HTTP get their turn between them.
    const queue: WorkerBatch[] = [];
    let hasEnded = false;
    let isDraining = false;
    let isSettled = false;
    const fail = (error: unknown) => {
      if (!isSettled) {
        isSettled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
        void worker.terminate();
      }
    };
    const drain = async () => {
      if (isDraining || isSettled) {
        return;
      }
      isDraining = true;
      try {
        for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
          onBatch(toWorkerFiles(batch));
          await yieldToEventLoop();
        }
      } catch (error) {
        fail(error);
      } finally {
        isDraining = false;
      }
      if (hasEnded && queue.length === 0 && !isSettled) {
        isSettled = true;
        resolve();
      }
    };
    worker.on('message', (message: WorkerBatch | null) => {
      if (message === null) {
        hasEnded = true;
      } else {
        queue.push(message);
      }
      void drain();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!hasEnded) {
        fail(new Error(`The index worker stopped (exit code ${code}).`));
      }
    });
  });
}

function toWorkerFiles(batch: WorkerBatch): WorkerFile[] {
  return batch.files.map((file) => ({
    path: file.path,
    size: file.size,
    mtimeMs: file.mtimeMs,
    head: file.offset < 0 ? null : batch.bytes.subarray(file.offset, file.offset + file.length),
  }));
}
