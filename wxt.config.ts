import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

/**
 * LLM provider API hosts Bespoke may call with the user's own key. Custom OpenAI-compatible
 * endpoints (Ollama, LM Studio, OpenRouter, vLLM, proxies) are requested at runtime through
 * optional host permissions, so a fresh install cannot talk to arbitrary hosts.
 */
const PROVIDER_HOSTS = [
  'https://api.openai.com/*',
  'https://api.anthropic.com/*',
  'https://generativelanguage.googleapis.com/*',
  'https://api.mistral.ai/*',
  // Local model servers (Ollama, LM Studio, vLLM on this machine) are a first-class use: they
  // send no CORS headers, so without this every local setup would need a permission prompt.
  'http://localhost/*',
  'http://127.0.0.1/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Tailwind compiles the design tokens and utilities into each extension page's own CSS (no
  // CDN, nothing injected into job pages: the on-page button keeps its shadow-root styles).
  vite: () => ({ plugins: [tailwindcss()] }),
  manifestVersion: 3,
  hooks: {
    // public/tex/tex.lock.json records every TeX file's hash for the build and the CLI's memo key;
    // the extension never reads it, so it stays out of what the stores receive (zip budget: 80 MB).
    'build:publicAssets': (_wxt, files) => {
      const lock = files.findIndex((file) => file.relativeDest === 'tex/tex.lock.json');
      if (lock >= 0) files.splice(lock, 1);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Bespoke — tailor your LaTeX resume',
    short_name: 'Bespoke',
    description:
      'Tailors your LaTeX resume to the job posting in front of you, in one click, privately. PDF compiled in your browser.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      // Chrome's side panel; Firefox gets `sidebar_action` from the sidepanel entrypoint instead.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      // Chrome: tailoring runs live in an offscreen document, so closing the panel keeps them going.
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: PROVIDER_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      // The TeX engine is WebAssembly; nothing else is relaxed.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: 'Bespoke: capture this job' },
    // The shortcut tailors the posting in the current tab (lib/capture/tailor-command.ts); people
    // change it at chrome://extensions/shortcuts or in Firefox's add-on manager.
    commands: {
      'tailor-current-job': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Tailor your resume to the job in this tab' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'bespoke@bespoke.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
