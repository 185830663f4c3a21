/** Styles of the on-page button; they live in its shadow root only. */
export const TAILOR_BUTTON_CSS = `
.bespoke-wrap {
  position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; font: 13px/1.3 system-ui, sans-serif;
}
.bespoke-button {
  all: unset; cursor: pointer; padding: 9px 14px; border-radius: 999px; color: #fff;
  background: #3b4cca; box-shadow: 0 2px 8px rgba(0,0,0,.25); font-weight: 600;
}
.bespoke-button:hover { background: #2f3da6; }
.bespoke-button:focus-visible { outline: 2px solid #111; outline-offset: 2px; }
.bespoke-button:disabled { opacity: .6; cursor: progress; }
.bespoke-status:empty { display: none; }
.bespoke-status {
  max-width: 280px; padding: 6px 10px; border-radius: 8px; background: #fff; color: #222;
  box-shadow: 0 1px 6px rgba(0,0,0,.2);
}
`;
