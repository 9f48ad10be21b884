import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { WorkspacePath } from '../../../core/api';
import { headWorkerSource } from './head-worker-source';
import { headBytes } from './post-entry';
import { skippedFolderNames, type FoundFile } from './scan';

/** A post the worker found; `head` is its first bytes, or null when the cache still holds it. */
export interface WorkerFile extends FoundFile {
  head: Uint8Array | null;
}

/** Files per message (fewer messages, each transferring one buffer). */
const batchSize = 250;
/** Files parsed between two looks at the clock, and the longest the event loop is kept. */
const sliceSize = 25;
const maxBlockMs = 8;

/**
 * How the worker reads heads: 'adaptive' reads one file after another with synchronous fs (the
 * fastest way from the page cache) and switches to 'concurrent' when reads turn out slow (a cold
 * disk answers one request at a time too slowly: reader threads, each reading a share of the
 * posts, read 10,000 cold posts in about half the time).
 */
export type ReadMode = 'adaptive' | 'concurrent';

/** How `readHeadsInWorker` reads (tests set the threshold to make a warm disk look cold). */
export interface ReadOptions {
  mode?: ReadMode;
  /** Median microseconds per file above which reads in turn give way to concurrent ones. */
  coldMicrosPerFile?: number;
}

/** Reader threads of the concurrent mode, and the posts of one share (one message each way). */
const readerThreads = 8;
const readerChunk = 50;
/**
 * Files per probe of the read speed, and the median time per file above which the disk is cold
 * (measured here: ~7 µs from the page cache, ~75 µs from a cold disk).
 */
const probeFiles = 64;
const coldMicrosPerFile = 30;

/** One message of the worker: per file a path and [size, mtimeMs, offset, length] in `numbers`. */
interface WorkerBatch {
  paths: string;
  count: number;
  numbers: Float64Array;
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
  options: ReadOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(headWorkerSource, {
      eval: true,
      workerData: {
        // The readers of the concurrent mode run the same source.
        source: headWorkerSource,
        role: 'walker',
        root,
        skipped: skippedFolderNames,
        fresh,
        headBytes,
        batchSize,
        mode: options.mode ?? 'adaptive',
        readerThreads,
        readerChunk,
        probeFiles,
        coldMicros: options.coldMicrosPerFile ?? coldMicrosPerFile,
      },
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
          const files = toWorkerFiles(batch);
          // In slices, yielding by the clock: TOML heads (Hugo) take several times as long as
          // flat YAML, and a whole batch of them blocked the event loop for ~45 ms.
          let lastYield = performance.now();
          for (let from = 0; from < files.length; from += sliceSize) {
            onBatch(files.slice(from, from + sliceSize));
            if (performance.now() - lastYield > maxBlockMs) {
              await yieldToEventLoop();
              lastYield = performance.now();
            }
          }
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
  if (batch.count === 0) {
    return [];
  }
  const { numbers } = batch;
  // One Buffer over the batch: each head is a Buffer view then, decoded without another wrapper.
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
  return batch.paths.split('\0').map((path, index) => {
    const at = index * 4;
    const offset = numbers[at + 2] ?? -1;
    const length = numbers[at + 3] ?? 0;
    return {
      path,
      size: numbers[at] ?? 0,
      mtimeMs: numbers[at + 1] ?? 0,
      head: offset < 0 ? null : bytes.subarray(offset, offset + length),
    };
  });
}
