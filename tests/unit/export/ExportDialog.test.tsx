// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import {
  ApiError,
  type ApiArgs,
  type ExportPlan,
  type ExportTarget,
  type PostwrightApi,
  type PostwrightHost,
} from '../../../core/api';
import en from '../../../renderer/i18n/locales/en/export.json';
import errors from '../../../renderer/i18n/locales/en/errors.json';
import { ExportDialog } from '../../../renderer/export/ExportDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const i18n = i18next.createInstance();
let root: Root | null = null;

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { export: en, errors } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  // jsdom has <dialog> without the modal part.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const target: ExportTarget = {
  id: 't1',
  path: '/home/me/blog',
  name: 'blog',
  preset: 'jekyll-academicpages',
};
const theirs = '---\ntitle: Theirs\n---\n';
const mine = '---\ntitle: Mine\n---\n\n```\n{{ x }}\n```\n';

function planFor(fixes: string[]): ExportPlan {
  return {
    id: `plan-${fixes.join('+')}`,
    target,
    createdAt: '2026-01-10T00:00:00.000Z',
    files: [
      {
        kind: 'update',
        targetPath: '_posts/2024-01-01-mine.md',
        postPath: 'mine.md',
        content: mine,
        currentContent: theirs,
        isForeign: true,
        url: '/posts/2024/01/mine/',
      },
    ],
    assets: [
      {
        sourcePath: 'images/a.png',
        targetPath: 'images/mine/a.png',
        kind: 'create',
        size: 3,
        postPaths: ['mine.md'],
      },
    ],
    warnings: [
      {
        code: 'foreign-file',
        postPath: 'mine.md',
        message: '',
        details: { path: '_posts/2024-01-01-mine.md' },
      },
      ...(fixes.includes('wrap-liquid-raw')
        ? []
        : [
            {
              code: 'liquid-in-code' as const,
              postPath: 'mine.md',
              message: '',
              details: { line: 5, count: 1 },
              fix: 'wrap-liquid-raw' as const,
            },
          ]),
    ],
  };
}

function fakeHost(
  options: { planError?: ApiError; plan?: ExportPlan; applyError?: ApiError } = {},
) {
  const calls: {
    plan: ApiArgs<'planExport'>[];
    apply: ApiArgs<'applyExport'>[];
    update: ApiArgs<'updateExportTarget'>[];
    order: string[];
  } = {
    plan: [],
    apply: [],
    update: [],
    order: [],
  };
  let current: ExportTarget = target;
  const api = {
    getWorkspace: () =>
      Promise.resolve({
        root: '/ws',
        name: 'ws',
        settingsWarning: null,
        settings: {
          postTemplate: '',
          slugStyle: 'pinyin',
          postsFolder: '',
          assetFolder: '',
          exportTargets: [current],
        },
      }),
    detectGenerator: () =>
      Promise.resolve({ preset: 'jekyll-academicpages', evidence: ['_config.yml exists'] }),
    planExport: (args: ApiArgs<'planExport'>) => {
      calls.plan.push(args);
      calls.order.push('plan');
      if (options.planError !== undefined) {
        return Promise.reject(options.planError);
      }
      return Promise.resolve(options.plan ?? planFor(args.fixes ?? []));
    },
    updateExportTarget: (args: ApiArgs<'updateExportTarget'>) => {
      calls.update.push(args);
      current = {
        ...current,
        ...(args.draftStyle === undefined ? {} : { draftStyle: args.draftStyle }),
      };
      return Promise.resolve(current);
    },
    applyExport: (args: ApiArgs<'applyExport'>) => {
      calls.apply.push(args);
      if (options.applyError !== undefined) {
        return Promise.reject(options.applyError);
      }
      const replaced = (args.replace ?? []).includes('_posts/2024-01-01-mine.md');
      return Promise.resolve({
        written: replaced ? ['_posts/2024-01-01-mine.md'] : [],
        copied: ['images/mine/a.png'],
        removed: [],
        skipped: replaced ? [] : ['_posts/2024-01-01-mine.md'],
      });
    },
    gitStatus: () => Promise.resolve({ isRepository: false, gitAvailable: false, entries: [] }),
  } as unknown as PostwrightApi;
  const host: PostwrightHost = {
    api,
    on: () => () => undefined,
    kind: 'browser',
    workspaceFileUrl: (path) => path,
    chooseFolder: null,
    onCommand: () => () => undefined,
  };
  return { host, calls };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

function render(host: PostwrightHost, beforePlan?: () => Promise<boolean>): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ExportDialog
          host={host}
          open
          onClose={() => undefined}
          paths={['mine.md']}
          beforePlan={beforePlan}
        />
      </I18nextProvider>,
    );
  });
  return container;
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find(
    (candidate) => candidate.textContent === name,
  );
  if (found === undefined) {
    throw new Error(`no button "${name}"`);
  }
  return found;
}

function checkbox(name: string): HTMLInputElement {
  const label = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.textContent === name,
  );
  const input = label?.querySelector('input[type=checkbox]');
  if (!(input instanceof HTMLInputElement)) {
    throw new Error(`no checkbox "${name}"`);
  }
  return input;
}

test('the dialog is named Export and shows the plan: file with its diff, image, warnings', async () => {
  const { host } = fakeHost();
  render(host);
  await settle();
  const dialog = document.querySelector('dialog');
  const heading = document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '');
  expect(heading?.textContent).toBe('Export');
  const text = dialog?.textContent ?? '';
  expect(text).toContain('Detected: Jekyll (academicpages) (_config.yml exists)');
  expect(text).toContain('Update _posts/2024-01-01-mine.md');
  expect(text).toContain('images/mine/a.png ← images/a.png');
  expect(text).toContain(
    'Code contains {{ }} / {% %}, which Jekyll would run as Liquid in 1 place(s).',
  );
  const diff = [...document.querySelectorAll('.export-diff-line')].map((line) => line.textContent);
  expect(diff).toContain('- title: Theirs\n');
  expect(diff).toContain('+ title: Mine\n');
});

test('a foreign file is left alone with its images unless Replace is ticked: Export says nothing would be written', async () => {
  const { host, calls } = fakeHost();
  render(host);
  await settle();
  const exportButton = button('Export');
  expect(exportButton.disabled).toBe(true);
  const reason = document.getElementById(exportButton.getAttribute('aria-describedby') ?? '');
  expect(reason?.textContent).toBe(
    'Export is off: nothing would be written. _posts/2024-01-01-mine.md exists in the repository and was not written by Postwright, so it is left alone, and so are its images. Tick Replace to overwrite it.',
  );
  act(() => checkbox('Replace _posts/2024-01-01-mine.md').click());
  expect(exportButton.disabled).toBe(false);
  expect(exportButton.hasAttribute('aria-describedby')).toBe(false);
  act(() => exportButton.click());
  await settle();
  expect(calls.apply.at(-1)).toEqual({
    planId: 'plan-',
    replace: ['_posts/2024-01-01-mine.md'],
  });
  expect(document.body.textContent).toContain('Git is not installed on this computer');
});

test('ticking Replace sends the file in replace; ticking a fix plans again with it', async () => {
  const { host, calls } = fakeHost();
  render(host);
  await settle();
  act(() => checkbox('Wrap the code in {% raw %}').click());
  await settle();
  expect(calls.plan.at(-1)).toEqual({
    targetId: 't1',
    paths: ['mine.md'],
    fixes: ['wrap-liquid-raw'],
  });
  expect(document.body.textContent).not.toContain('which Jekyll would run as Liquid');
  act(() => checkbox('Replace _posts/2024-01-01-mine.md').click());
  act(() => button('Export').click());
  await settle();
  expect(calls.apply.at(-1)).toEqual({
    planId: 'plan-wrap-liquid-raw',
    replace: ['_posts/2024-01-01-mine.md'],
  });
  expect(document.body.textContent).toContain('Written: 1');
});

test('the open post is saved before each plan; when it cannot be, the dialog says so and plans nothing', async () => {
  const { host, calls } = fakeHost();
  render(host, () => {
    calls.order.push('save');
    return Promise.resolve(true);
  });
  await settle();
  expect(calls.order).toEqual(['save', 'plan']);
  act(() => checkbox('Wrap the code in {% raw %}').click());
  await settle();
  expect(calls.order).toEqual(['save', 'plan', 'save', 'plan']);
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();

  const failing = fakeHost();
  render(failing.host, () => Promise.resolve(false));
  await settle();
  expect(failing.calls.plan).toEqual([]);
  expect(document.querySelector('[role=alert]')?.textContent).toContain(
    'The open post could not be saved, so the export would not match what you see.',
  );
});

test("each file shows the post's address on the blog", async () => {
  const { host } = fakeHost();
  render(host);
  await settle();
  expect(document.body.textContent).toContain('Address on the blog: /posts/2024/01/mine/');
});

test('Jekyll targets offer drafts as published: false; choosing it is stored with the target and plans again', async () => {
  const { host, calls } = fakeHost();
  render(host);
  await settle();
  const label = [...document.querySelectorAll('label')].find(
    (candidate) => candidate.querySelector('.field-label')?.textContent === 'Drafts',
  );
  const select = label?.querySelector('select');
  if (!(select instanceof HTMLSelectElement)) {
    throw new Error('no Drafts select');
  }
  expect(select.value).toBe('drafts-folder');
  const plansBefore = calls.plan.length;
  act(() => {
    select.value = 'published-false';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  expect(calls.update).toEqual([{ id: 't1', draftStyle: 'published-false' }]);
  expect(calls.plan.length).toBe(plansBefore + 1);
  expect(select.value).toBe('published-false');
});

test('a refused target is explained in words that say what to do', async () => {
  const { host } = fakeHost({
    planError: new ApiError('E_INVALID_ARGUMENT', 'inside', {
      path: '/ws/blog',
      reason: 'target-inside-workspace',
    }),
  });
  render(host);
  await settle();
  expect(document.querySelector('[role=alert]')?.textContent).toContain(
    '/ws/blog is inside the workspace, so exported copies would appear as posts. Move the blog repository out of the workspace.',
  );
});

function twoPostsIn(path: string): ExportPlan {
  const file = (postPath: string) => ({
    kind: 'create' as const,
    targetPath: path,
    postPath,
    content: `---\ntitle: ${postPath}\n---\n`,
    currentContent: '',
    isForeign: false,
  });
  return {
    id: 'plan-two',
    target,
    createdAt: '2026-01-10T00:00:00.000Z',
    files: [file('a/post.md'), file('b/post.md')],
    assets: [],
    warnings: [],
  };
}

test('two posts that go to one file: Export is off and says which posts and which file', async () => {
  const { host, calls } = fakeHost({ plan: twoPostsIn('_posts/2024-01-03-post.md') });
  render(host);
  await settle();
  const exportButton = button('Export');
  expect(exportButton.disabled).toBe(true);
  const reason = document.getElementById(exportButton.getAttribute('aria-describedby') ?? '');
  expect(reason?.textContent).toBe(
    'Export is off: a/post.md, b/post.md would all be written to _posts/2024-01-03-post.md, and one would replace the other. Give one of them another slug or date, or export them one at a time.',
  );
  act(() => exportButton.click());
  await settle();
  expect(calls.apply).toEqual([]);
});

test('a post or image changed after planning: the refusal says which and asks to review again', async () => {
  const applyError = new ApiError('E_CONFLICT', 'changed', {
    reason: 'source-changed',
    paths: ['img/a.png'],
    path: 'img/a.png',
  });
  const plan = { ...planFor([]), files: [] };
  const { host } = fakeHost({ plan, applyError });
  render(host);
  await settle();
  act(() => button('Export').click());
  await settle();
  expect(document.querySelector('[role=alert]')?.textContent).toContain(
    'img/a.png changed in the workspace after this plan was made, so the plan no longer shows what would be written. Review the export again. Nothing was written.',
  );
});

test('images removed with a renamed post’s old copy are listed before Export', async () => {
  const plan: ExportPlan = {
    ...twoPostsIn('_posts/2024-01-03-renamed.md'),
    files: [
      {
        ...(twoPostsIn('_posts/2024-01-03-renamed.md').files[0] as ExportPlan['files'][number]),
        kind: 'rename',
        previousPath: '_posts/2024-01-03-post.md',
        removedImages: ['assets/images/post/a.png', 'assets/images/post/b.png'],
      },
    ],
  };
  const { host } = fakeHost({ plan });
  render(host);
  await settle();
  const section = document.querySelector('section[aria-label="Images removed"]');
  expect(section?.textContent).toContain(
    "assets/images/post/a.png, assets/images/post/b.png: images of a/post.md's old copy that nothing links any more; removed with it.",
  );
  expect(button('Export').disabled).toBe(false);
});

test('Export changed posts with nothing to export says how a post never exported here gets there', async () => {
  const empty: ExportPlan = { ...planFor([]), id: 'empty', files: [], assets: [], warnings: [] };
  const { host, calls } = fakeHost({ plan: empty });
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => {
    root?.render(
      <I18nextProvider i18n={i18n}>
        <ExportDialog host={host} open onClose={() => undefined} paths={[]} changedOnly />
      </I18nextProvider>,
    );
  });
  await settle();
  expect(calls.plan[0]).toMatchObject({ changedOnly: true });
  // A repository just added has no exports yet: "no post changed" alone read as "all exported".
  expect(container.textContent).toContain(
    'No post changed since it was last exported here. A post never exported to this repository is exported from its own Export dialog.',
  );
});
