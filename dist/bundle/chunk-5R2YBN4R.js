import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/pdf/browser.js
import { existsSync, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
var BROWSER_ENV = "C21LAB_BROWSER";
var COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "microsoft-edge", "microsoft-edge-stable", "msedge", "brave-browser"];
function knownPaths(platform, env) {
  if (platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "/Applications/Brave Browser.app/Contents/MacOS/Brave Browser",
      ...env.HOME ? [join(env.HOME, "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), join(env.HOME, "Applications/Chromium.app/Contents/MacOS/Chromium")] : []
    ];
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((r) => Boolean(r));
    return roots.flatMap((r) => [
      join(r, "Google", "Chrome", "Application", "chrome.exe"),
      join(r, "Microsoft", "Edge", "Application", "msedge.exe"),
      join(r, "Chromium", "Application", "chrome.exe"),
      join(r, "BraveSoftware", "Brave-Browser", "Application", "brave.exe")
    ]);
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge", "/snap/bin/chromium", "/opt/google/chrome/chrome"];
}
__name(knownPaths, "knownPaths");
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
__name(isFile, "isFile");
function findBrowser(q) {
  const exists = q.exists ?? isFile;
  const platform = q.platform ?? process.platform;
  if (q.flag)
    return { path: q.flag, from: "flag" };
  const fromEnv = q.env[BROWSER_ENV];
  if (fromEnv)
    return { path: fromEnv, from: "env" };
  const exts = platform === "win32" ? (q.env.PATHEXT ?? ".EXE").split(";").filter(Boolean) : [""];
  for (const dir of (q.env.PATH ?? "").split(platform === "win32" ? ";" : delimiter).filter(Boolean)) {
    for (const name of COMMANDS) {
      for (const ext of exts) {
        const candidate = join(dir, name + ext.toLowerCase());
        if (exists(candidate))
          return { path: candidate, from: "path" };
      }
    }
  }
  for (const candidate of knownPaths(platform, q.env))
    if (exists(candidate))
      return { path: candidate, from: "known" };
  return null;
}
__name(findBrowser, "findBrowser");
function browserExists(path) {
  return isAbsolute(path) || path.includes("/") || path.includes("\\") ? existsSync(path) && isFile(path) : false;
}
__name(browserExists, "browserExists");
export {
  BROWSER_ENV,
  browserExists,
  findBrowser
};
