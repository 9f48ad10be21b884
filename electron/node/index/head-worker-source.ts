/**
 * The index's head reader thread (`head-worker.ts` starts it and passes its settings in
 * `workerData`): plain JavaScript run with `eval`, so it needs no file of its own in the bundles of
 * the CLI and of Electron's main process.
 */

/**
 * The worker's code, plain JavaScript run with `eval` (so it needs no file of its own in the
 * bundles of the CLI and of Electron's main process). It walks like `walkPosts` (same skip rules,
 * passed in) and reads each head, then transfers the bytes in batches, so the main thread parses
 * one batch while the next is read.
 */
export const headWorkerSource = `
const { parentPort, workerData, Worker } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const {
  source, role, root, skipped, fresh, headBytes, batchSize, mode, readerThreads, readerChunk,
  probeFiles, coldMicros,
} = workerData;
const skip = new Set(skipped);
const freshKeys = new Set(fresh);
const isFolder = (name) => !name.startsWith('.') && !skip.has(name);
const isPost = (name) => !name.startsWith('.') && /\\.(md|markdown)$/i.test(name);
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
// Heads are read straight into the batch's buffer, which is then transferred (no copy per file).
// A batch is three flat values, not an array of objects: cloning 250 objects per message cost as
// much as reading their heads. Per file: its path ('\\0'-separated) and four numbers.
// A reader's batch holds one share of posts and is sent once the share is read (serveAsReader).
const capacity = role === 'reader' ? readerChunk : batchSize;
let bytes = Buffer.allocUnsafeSlow(capacity * headBytes);
let paths = [];
let numbers = new Float64Array(capacity * 4);
let used = 0;
function flush() {
  const sent = new Uint8Array(bytes.buffer, 0, used);
  const message = { paths: paths.join('\\0'), count: paths.length, numbers, bytes: sent };
  parentPort.postMessage(message, [bytes.buffer, numbers.buffer]);
  bytes = Buffer.allocUnsafeSlow(capacity * headBytes);
  numbers = new Float64Array(capacity * 4);
  paths = []; used = 0;
}
function add(file) {
  const at = paths.length * 4;
  numbers[at] = file.size;
  numbers[at + 1] = file.mtimeMs;
  numbers[at + 2] = file.offset;
  numbers[at + 3] = file.length;
  paths.push(file.path);
  if (role !== 'reader' && paths.length >= capacity) flush();
}
// Joined by hand: path.join normalizes each time (a measurable cost over 10,000 bundle folders).
const withSep = (dir) => (dir.endsWith(path.sep) ? dir : dir + path.sep);
const rootPrefix = withSep(root);
// Posts found by the walk and not read yet, as [relative path, absolute path].
const pending = [''];
const found = [];
let next = 0;
function walkFolder() {
  const relDir = pending.pop();
  const absDir = relDir === '' ? root : rootPrefix + relDir;
  const dirPrefix = withSep(absDir);
  let dirents;
  try { dirents = fs.readdirSync(absDir, { withFileTypes: true }); } catch { return; }
  for (const dirent of dirents) {
    const relPath = relDir === '' ? dirent.name : relDir + '/' + dirent.name;
    if (dirent.isDirectory()) { if (isFolder(dirent.name)) pending.push(relPath); continue; }
    if (!dirent.isFile() || !isPost(dirent.name)) continue;
    const absPath = dirPrefix + dirent.name;
    if (freshKeys.size > 0) {
      let info;
      try { info = fs.statSync(absPath); } catch { continue; }
      if (info.isFile() && freshKeys.has(relPath + '\\0' + info.size + '\\0' + info.mtimeMs)) {
        add({ path: relPath, size: info.size, mtimeMs: info.mtimeMs, offset: -1, length: 0 });
        continue;
      }
    }
    found.push([relPath, absPath]);
  }
}
// The next post to read, walking on as needed; undefined when every folder is walked.
function nextFound() {
  while (next >= found.length && pending.length > 0) walkFolder();
  return next < found.length ? found[next++] : undefined;
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
// Non-blocking, and stat'ed through the open file: a FIFO that took a post's name is skipped.
function readOne([relPath, absPath]) {
  let fd;
  try { fd = fs.openSync(absPath, openFlags); } catch { return; }
  let file;
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) return;
    const length = readHead(fd, info.size);
    file = { path: relPath, size: info.size, mtimeMs: info.mtimeMs, offset: used, length };
    used += length;
  } catch { return; } finally { fs.closeSync(fd); }
  add(file);
}
function finish() {
  flush();
  parentPort.postMessage(null);
}
// One after another while the reads are fast; false when they turned slow.
// Only the reads are timed (walking a big folder is no sign of a cold disk), and by the median of
// each probe: a thread preempted on a busy machine makes a few reads slow, a cold disk nearly all.
function readInTurn() {
  const times = [];
  for (let item = nextFound(); item !== undefined; item = nextFound()) {
    const start = performance.now();
    readOne(item);
    times.push(performance.now() - start);
    if (times.length === probeFiles) {
      times.sort((a, b) => a - b);
      if (times[probeFiles >> 1] * 1000 > coldMicros) return false;
      times.length = 0;
    }
  }
  return true;
}
// A cold disk answers one request at a time too slowly: reader threads (this same source, role
// 'reader') each read a share of the posts one after another, so several requests are in flight.
// Measured here, reading 10,000 cold posts: one thread ~660 ms; libuv's pool with 32 reads in
// flight 430-455 ms (each file's open, fstat, read and close is a round trip through this
// thread's event loop); eight readers with shares of 50 posts 366-380 ms. A reader's batch goes
// to the main thread as it is.
function readConcurrently() {
  if (paths.length > 0) flush();
  const readers = [];
  let busy = 0;
  let isWalked = false;
  let isFinished = false;
  const give = (reader) => {
    const items = [];
    for (let item = isWalked ? undefined : nextFound(); item !== undefined; item = nextFound()) {
      items.push(item);
      if (items.length === readerChunk) break;
    }
    if (items.length > 0) {
      busy += 1;
      reader.postMessage(items);
      return;
    }
    isWalked = true;
    if (busy === 0 && !isFinished) {
      isFinished = true;
      for (const each of readers) void each.terminate();
      finish();
    }
  };
  for (let i = 0; i < readerThreads && !isWalked; i++) {
    const reader = new Worker(source, {
      eval: true,
      workerData: { ...workerData, fresh: [], role: 'reader' },
    });
    // A reader that fails or stops loses its share: the whole walk fails, and the index walks in
    // process.
    reader.on('error', (error) => { throw error; });
    reader.on('exit', (code) => {
      if (!isFinished) throw new Error('An index reader stopped (exit code ' + code + ').');
    });
    reader.on('message', (batch) => {
      busy -= 1;
      if (batch.count > 0) parentPort.postMessage(batch, [batch.bytes.buffer, batch.numbers.buffer]);
      give(reader);
    });
    readers.push(reader);
    give(reader);
  }
}
// One message of posts to read, one batch back (even an empty one: it says the share is read).
function serveAsReader() {
  parentPort.on('message', (items) => {
    for (const item of items) readOne(item);
    flush();
  });
}
if (role === 'reader') serveAsReader();
else if (mode === 'concurrent' || !readInTurn()) readConcurrently();
else finish();
`;
