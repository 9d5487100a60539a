// Finding a browser to print PDFs with, on Linux, macOS and Windows, with the
// file system and environment injected: the flag first, then C21LAB_BROWSER,
// then PATH, then the usual install places; nothing found is null.
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/render/pdf/browser.js';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findBrowser', () => {
  it('takes --browser, then C21LAB_BROWSER, before anything on the machine', () => {
    expect(findBrowser({ flag: '/x/chrome', env: { C21LAB_BROWSER: '/y/edge', PATH: '/usr/bin' }, exists: () => true })).toEqual({ path: '/x/chrome', from: 'flag' });
    expect(findBrowser({ env: { C21LAB_BROWSER: '/y/edge', PATH: '/usr/bin' }, exists: () => true })).toEqual({ path: '/y/edge', from: 'env' });
  });
  it('Linux: chromium, chrome or edge on PATH, else the usual places', () => {
    expect(findBrowser({ env: { PATH: '/a:/b' }, platform: 'linux', exists: only('/b/google-chrome') })).toEqual({ path: '/b/google-chrome', from: 'path' });
    expect(findBrowser({ env: { PATH: '/a' }, platform: 'linux', exists: only('/snap/bin/chromium') })).toEqual({ path: '/snap/bin/chromium', from: 'known' });
  });
  it('macOS: the application bundles', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ env: { PATH: '/usr/bin' }, platform: 'darwin', exists: only(edge) })?.path).toBe(edge);
  });
  it('Windows: Program Files and LocalAppData, chrome.exe or msedge.exe', () => {
    const env = { PATH: 'C:\\Windows', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    const found = findBrowser({ env, platform: 'win32', exists: (p) => p.endsWith('msedge.exe') && p.includes('(x86)') });
    expect(found?.path).toMatch(/Program Files \(x86\).Microsoft.Edge.Application.msedge\.exe$/);
  });
  it('is null when there is none (the CLI then exits 2 saying what to install)', () => {
    expect(findBrowser({ env: { PATH: '/a' }, platform: 'linux', exists: () => false })).toBeNull();
  });
});
