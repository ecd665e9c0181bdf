/**
 * The site's whole stylesheet (about 3 kB), inlined in every page's <head> by the layout rather
 * than linked: on a phone on slow 4G, a linked stylesheet costs one more round trip (over half a
 * second) before the first paint (figures: `npm run bench:site`).
 * The young people's site: readable on a phone, contrast AA, visible focus.
 */
export const SITE_STYLES = `
:root { --ink: #1b1b1f; --muted: #4a4a55; --brand: #1d3557; --accent: #0b5cad; --ok: #1b6e3a; --bad: #a4161a; --paper: #ffffff; --ground: #f4f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, Arial, sans-serif; color: var(--ink); background: var(--ground); line-height: 1.5; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: var(--paper); padding: 8px; z-index: 10; }
.site-header { background: var(--brand); color: #fff; padding: 12px 16px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between; }
.site-header a { color: #fff; }
.site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 16px; margin: 0; padding: 0; }
.brand { font-weight: bold; font-size: 1.25rem; text-decoration: none; }
main { max-width: 720px; margin: 24px auto; background: var(--paper); padding: 24px; border-radius: 8px; }
h1 { color: var(--brand); margin-top: 0; }
label { display: block; font-weight: 600; margin: 12px 0 4px; }
input[type='text'], input[type='email'], input[type='password'], input[type='date'], input[type='tel'], textarea, select { width: 100%; padding: 10px; font-size: 1rem; border: 1px solid #6b6b76; border-radius: 4px; }
.hint { color: var(--muted); font-size: 0.9rem; margin: 0 0 4px; }
.field-error { color: var(--bad); font-size: 0.95rem; margin: 4px 0 0; }
.alert { border-left: 4px solid var(--bad); background: #fdecea; padding: 12px; margin: 12px 0; }
.notice { border-left: 4px solid var(--ok); background: #e8f5ec; padding: 12px; margin: 12px 0; }
button, .button { display: inline-block; background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: 10px 18px; font-size: 1rem; cursor: pointer; text-decoration: none; margin-top: 16px; }
button.secondary, .button.secondary { background: #fff; color: var(--accent); border: 2px solid var(--accent); }
fieldset { border: 1px solid #c9c9d1; border-radius: 6px; padding: 12px 16px; }
legend { font-weight: 600; padding: 0 4px; }
.option { display: flex; gap: 8px; align-items: flex-start; font-weight: normal; margin: 8px 0; }
.option input { margin-top: 5px; }
progress { width: 100%; height: 12px; }
.code { font-size: 2rem; letter-spacing: 0.3rem; font-weight: bold; color: var(--brand); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #d9d9e0; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
textarea { font: inherit; }
.cards { list-style: none; padding: 0; }
.cards li { border: 1px solid #d9d9e0; border-radius: 6px; padding: 12px; margin: 8px 0; }
.cards p { margin: 4px 0; }
.status { font-weight: 600; }
.banner { border-left: 6px solid var(--accent); background: #eef4fb; padding: 8px 12px; margin: 12px 0; }
.banner p { margin: 4px 0; }
.pre { white-space: pre-wrap; }
.messages { list-style: none; padding: 0; }
.messages li { border-bottom: 1px solid #d9d9e0; padding: 8px 0; }
.subnav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 8px 16px; padding: 0; margin: 0 0 16px; }
.late { color: var(--bad); font-weight: 600; }
.news { border-bottom: 1px solid #d9d9e0; padding: 8px 0 16px; }
`
