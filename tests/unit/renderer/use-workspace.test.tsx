// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';
import { ApiError, type PostwrightHost, type WorkspaceInfo } from '../../../core/api';
import { useWorkspace } from '../../../renderer/app/use-workspace';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const blog = { root: '/home/me/博客', name: '博客', settingsWarning: null } as WorkspaceInfo;

/** A host whose only answer is `getWorkspace` (counted). */
function hostAnswering(answer: () => Promise<WorkspaceInfo>) {
  const getWorkspace = vi.fn(answer);
  const host = { api: { getWorkspace }, on: () => () => undefined } as unknown as PostwrightHost;
  return { host, getWorkspace };
}

function Shown(props: { host: PostwrightHost; first?: Promise<WorkspaceInfo> }) {
  const { workspace, error } = useWorkspace(props.host, props.first);
  return <p>{workspace?.name ?? error?.code ?? 'loading'}</p>;
}

async function show(host: PostwrightHost, first?: Promise<WorkspaceInfo>): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root?.render(<Shown host={host} first={first} />);
    await Promise.resolve();
  });
  return container.textContent ?? '';
}

test('shows the workspace asked for at start without asking again', async () => {
  const { host, getWorkspace } = hostAnswering(() => Promise.resolve(blog));
  expect(await show(host, Promise.resolve(blog))).toBe('博客');
  expect(getWorkspace).not.toHaveBeenCalled();
});

test('reports the failure of the request made at start', async () => {
  const { host } = hostAnswering(() => Promise.resolve(blog));
  const failed = Promise.reject(new ApiError('E_NOT_FOUND', 'The folder does not exist'));
  expect(await show(host, failed)).toBe('E_NOT_FOUND');
});

test('asks for the workspace itself when nothing was asked at start', async () => {
  const { host, getWorkspace } = hostAnswering(() => Promise.resolve(blog));
  expect(await show(host)).toBe('博客');
  expect(getWorkspace).toHaveBeenCalledTimes(1);
});
