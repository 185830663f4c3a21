/** Settings UI for LLM providers; give it a SettingsApi (messages in the extension, handlers in tests). */
export { ProviderSettings } from './provider-settings.tsx';
export { ProviderForm } from './provider-form.tsx';
export { VaultPanel } from './vault-panel.tsx';
export { ProfileList } from './profile-list.tsx';
export { PriceTableEditor } from './price-table-editor.tsx';
