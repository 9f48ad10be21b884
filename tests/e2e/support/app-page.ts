import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Accessible names the tests rely on (DESIGN.md), per UI language. */
export const names = {
  en: {
    posts: 'Posts',
    newPost: 'New post',
    editor: 'Markdown editor',
    preview: 'Preview',
    frontMatter: 'Front matter',
    saved: 'Saved',
  },
  'zh-CN': {
    posts: '文章',
    newPost: '新建文章',
    editor: 'Markdown 编辑器',
    preview: '预览',
    frontMatter: '文章属性',
    saved: '已保存',
  },
} as const;

/** How long a page object waits for the UI to reach a state. */
export const uiTimeout = 15_000;

/** The writing window, found the way a person finds things: by role and name. */
export class AppPage {
  constructor(
    readonly page: Page,
    /** Absolute path of the workspace root on disk. */
    readonly root: string,
    readonly language: 'en' | 'zh-CN' = 'en',
  ) {}

  private get n(): (typeof names)['en'] | (typeof names)['zh-CN'] {
    return names[this.language];
  }

  /** The post list (listbox "Posts"). */
  postList(): Locator {
    return this.page.getByRole('listbox', { name: this.n.posts });
  }

  /** One row of the post list, by its exact title. */
  post(title: string): Locator {
    return this.postList().getByRole('option', { name: title, exact: true });
  }

  /** The CodeMirror editor (textbox "Markdown editor"). */
  editor(): Locator {
    return this.page.getByRole('textbox', { name: this.n.editor });
  }

  /** The preview region. */
  preview(): Locator {
    return this.page.getByRole('region', { name: this.n.preview });
  }

  /** The document inside the preview's isolated frame. */
  previewFrame(): FrameLocator {
    return this.preview().frameLocator('iframe');
  }

  /** The front-matter form. */
  frontMatter(): Locator {
    return this.page.getByRole('form', { name: this.n.frontMatter });
  }

  /** The save-state status line. */
  saveStatus(): Locator {
    return this.page.getByRole('status');
  }

  /** Waits for the app's first list of posts. */
  async waitUntilReady(): Promise<void> {
    await this.postList().getByRole('option').first().waitFor({ timeout: uiTimeout });
  }

  /** Opens a post from the list and waits until the editor shows it. */
  async openPost(title: string): Promise<void> {
    await this.post(title).click();
    await this.waitForOpenPost(title);
  }

  /** Waits until the window title names the open post (the app sets it once the editor has it). */
  async waitForOpenPost(title: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.title.startsWith(`${expected} — `),
      title,
      { timeout: uiTimeout },
    );
    await this.editor().waitFor({ timeout: uiTimeout });
  }

  /** Puts the cursor at the end of the editor's text and types. */
  async typeAtEnd(text: string): Promise<void> {
    await this.editor().click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** Waits until the save status says the post is saved. */
  async waitSaved(): Promise<void> {
    await this.saveStatus()
      .filter({ hasText: new RegExp(`^${this.n.saved}$`) })
      .waitFor({ timeout: uiTimeout });
  }

  /** Saves now (Ctrl/Cmd+S) and waits until saved. */
  async saveNow(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+s');
    await this.waitSaved();
  }

  /** Calls a contract method from the page, as the app does (serve mode: `POST api/<method>`). */
  async callApi(method: string, args: unknown): Promise<unknown> {
    const response = await this.page.evaluate(
      async ([name, body]) => {
        const answer = await fetch(`api/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            // The page's key, as serve-host.ts keeps it (the cookie alone opens nothing).
            'X-Postwright-Key': localStorage.getItem('postwright-serve-key') ?? '',
          },
          body: JSON.stringify(body),
          credentials: 'same-origin',
        });
        return (await answer.json()) as { ok: boolean; value?: unknown; error?: unknown };
      },
      [method, args] as const,
    );
    if (!response.ok) {
      throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
    }
    return response.value;
  }

  /** Changes user settings (e.g. a long autosave delay) and reloads the app so it starts with them. */
  async useSettings(patch: Record<string, unknown>): Promise<void> {
    await this.callApi('updateUserSettings', { patch });
    await this.page.reload();
    await this.waitUntilReady();
  }

  /** Reads a workspace file (UTF-8). */
  readFile(relativePath: string): Promise<string> {
    return readFile(join(this.root, relativePath), 'utf8');
  }

  /** Writes a workspace file as another program would. */
  writeFile(relativePath: string, text: string): Promise<void> {
    return writeFile(join(this.root, relativePath), text, 'utf8');
  }
}
