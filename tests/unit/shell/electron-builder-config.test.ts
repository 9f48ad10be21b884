// electron-builder.yml: loaded and validated by electron-builder's own code against its own JSON
// schema, and checked for what the issue asks (targets, icons, associations, what is packed).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const configPath = `${projectDir}electron-builder.yml`;
// electron-builder's own dependencies, resolved the way it resolves them.
const builderRequire = createRequire(
  createRequire(import.meta.url).resolve('app-builder-lib/package.json'),
);

interface FileAssociation {
  ext: string;
  mimeType?: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: FileAssociation[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = parse(readFileSync(configPath, 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(`${projectDir}package.json`, 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    const { getConfig, validateConfiguration } = builderRequire('./out/util/config/config') as {
      getConfig: (dir: string, path: string, options: null) => Promise<unknown>;
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = builderRequire('builder-util') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    const loaded = await getConfig(projectDir, configPath, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    const broken = { ...(loaded as object), nsis: { oneClick: 'sometimes' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/,
    );
  });

  it('matches electron-builder’s JSON schema, which does reject a wrong key', () => {
    const Ajv = (builderRequire('ajv') as { default: new (options: object) => AjvLike }).default;
    const schema = JSON.parse(
      readFileSync(builderRequire.resolve('./scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, linux: { ...config.linux, targets: ['deb'] } })).toBe(false);
  });

  it('names the app and packs it into an asar', () => {
    expect(config.appId).toBe('app.postwright.desktop');
    expect(config.productName).toBe('Postwright');
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('opens .md and .markdown files', () => {
    expect(config.fileAssociations.map((association) => association.ext)).toEqual([
      'md',
      'markdown',
    ]);
    for (const association of config.fileAssociations) {
      expect(association.mimeType).toBe('text/markdown');
    }
  });

  it('ships the sample workspace the first run copies', () => {
    expect(config.extraResources).toContainEqual({
      from: 'assets/sample-workspace',
      to: 'assets/sample-workspace',
    });
  });
});

describe('icons', () => {
  it('has a source PNG of at least 512x512 and the Linux size set', () => {
    expect(pngSize(readFileSync(`${projectDir}assets/icons/icon.png`))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = `${projectDir}${config.linux.icon}/${size}x${size}.png`;
      expect(pngSize(readFileSync(file)), file).toEqual([size, size]);
    }
  });

  it('has a Windows .ico holding PNGs up to 256', () => {
    const ico = readFileSync(`${projectDir}${config.win.icon}`);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const data = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      return pngSize(data)[0];
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has a macOS .icns with the 512 and 1024 images', () => {
    const icns = readFileSync(`${projectDir}${config.mac.icon}`);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types = new Map<string, number>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.set(icns.toString('ascii', offset, offset + 4), pngSize(icns.subarray(offset + 8))[0]);
    }
    expect(types.get('ic09')).toBe(512);
    expect(types.get('ic10')).toBe(1024);
  });
});

describe('what is packed', () => {
  let runtimePackages: string[] = [];
  beforeAll(async () => {
    // The packages the main process requires at runtime, from a bundle made like the build's.
    const result = await build({
      entryPoints: [`${projectDir}electron/main/main.ts`],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
    runtimePackages = [
      ...new Set(
        imports
          .filter(
            (entry) =>
              entry.external && !entry.path.startsWith('node:') && entry.path !== 'electron',
          )
          .map((entry) => packageName(entry.path)),
      ),
    ].sort();
  });

  it('includes the app’s entry point and the renderer build', () => {
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**']),
    );
  });

  it('keeps every package the main process requires, with all of its dependencies', () => {
    expect(runtimePackages.length).toBeGreaterThan(0);
    const { minimatch } = builderRequire('minimatch') as {
      minimatch: (path: string, pattern: string, options: object) => boolean;
    };
    const exclusions = config.files
      .filter((pattern) => pattern.startsWith('!'))
      .map((p) => p.slice(1));
    for (const name of dependencyClosure(runtimePackages)) {
      for (const path of [`node_modules/${name}`, `node_modules/${name}/package.json`]) {
        const excludedBy = exclusions.filter((pattern) => minimatch(path, pattern, { dot: true }));
        expect(excludedBy, `${name} is required at runtime`).toEqual([]);
      }
    }
  });

  it('declares every runtime package as a dependency (electron-builder packs no devDependencies)', () => {
    for (const name of runtimePackages) {
      expect(packageJson.dependencies, name).toHaveProperty([name]);
    }
  });

  it('really leaves the renderer-only packages out', () => {
    const { minimatch } = builderRequire('minimatch') as {
      minimatch: (path: string, pattern: string, options: object) => boolean;
    };
    const exclusions = config.files
      .filter((pattern) => pattern.startsWith('!'))
      .map((p) => p.slice(1));
    for (const name of ['react', '@codemirror/view', 'dompurify']) {
      expect(
        exclusions.some((pattern) =>
          minimatch(`node_modules/${name}/package.json`, pattern, { dot: true }),
        ),
        name,
      ).toBe(true);
    }
  });
});

interface AjvLike {
  compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The packages and everything they depend on, as installed at the top of node_modules. */
function dependencyClosure(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    const manifest = `${projectDir}node_modules/${name}/package.json`;
    if (seen.has(name) || !existsSync(manifest)) {
      continue;
    }
    seen.add(name);
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(
      readFileSync(manifest, 'utf8'),
    ) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    queue.push(...Object.keys(dependencies), ...Object.keys(optionalDependencies));
  }
  return [...seen];
}
