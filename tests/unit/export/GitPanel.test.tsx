// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import {
  ApiError,
  type ApiResults,
  type PostwrightApi,
  type PostwrightHost,
} from '../../../core/api';
import errors from '../../../renderer/i18n/locales/en/errors.json';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';
import { GitPanel } from '../../../renderer/export/GitPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const i18n = i18next.createInstance();
let root: Root | null = null;

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { export: en, errors }, 'zh-CN': { export: zh } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  await i18n.changeLanguage('en');
});

const written = '_posts/2024-01-02-hostile.md';

function hostWith(status: () => Promise<ApiResults['gitStatus']>): {
  host: PostwrightHost;
  commits: unknown[];
} {
  const commits: unknown[] = [];
  const api = {
    gitStatus: status,
    gitCommit: (args: unknown) => {
      commits.push(args);
      return Promise.resolve({ commit: 'abcdef1234' });
    },
  } as unknown as PostwrightApi;
  const host: PostwrightHost = {
    api,
    on: () => () => undefined,
    kind: 'browser',
    workspaceFileUrl: (path) => path,
    chooseFolder: null,
    onCommand: () => () => undefined,
  };
  return { host, commits };
}

async function render(host: PostwrightHost): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <GitPanel
          host={host}
          targetId="t1"
          result={{ written: [written], copied: [], removed: [] }}
          name="hostile.md"
        />
      </I18nextProvider>,
    );
  });
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  return container;
}

const refusal = (): Promise<never> =>
  Promise.reject(
    new ApiError('E_GIT', 'refused', {
      reason: 'unsafe-git-config',
      keys: ['core.fsmonitor', 'filter.lfs.clean'],
    }),
  );

test('a repository whose settings run programs gets a warning naming them and no commit button', async () => {
  const { host, commits } = hostWith(refusal);
  const container = await render(host);
  const alert = container.querySelector('[role="alert"]');
  expect(alert?.textContent).toContain('core.fsmonitor, filter.lfs.clean');
  expect(alert?.textContent).toContain('Postwright does not run git in it');
  expect(container.querySelector('button')).toBeNull();
  expect(commits).toEqual([]);
});

test('the warning is translated', async () => {
  await i18n.changeLanguage('zh-CN');
  const container = await render(hostWith(refusal).host);
  expect(container.querySelector('[role="alert"]')?.textContent).toContain(
    '此仓库自身的 Git 设置会运行程序（core.fsmonitor, filter.lfs.clean）',
  );
});

test('a repository without such settings lists the exported files and says hooks are not run', async () => {
  const { host } = hostWith(() =>
    Promise.resolve({
      isRepository: true,
      gitAvailable: true,
      entries: [{ path: written, status: 'new' }],
    }),
  );
  const container = await render(host);
  expect(container.textContent).toContain(written);
  expect(container.textContent).toContain("without running the repository's git hooks");
  expect(container.querySelector('[role="alert"]')).toBeNull();
});
