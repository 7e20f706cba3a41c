/**
 * The host page: the portal window around the app. It embeds the app's iframe under the name the
 * portal gives, and its script forwards every message the app posts to the mock (`/frame/command`),
 * posts the answer back to the app's origin, and applies what the command asks of the window
 * (size, title, reload). The protocol itself is decoded in the mock, not here, so it is tested in Node.
 */

/** What the page's script needs to know. */
export interface HostPageConfig {
  appOrigin: string
  appSid: string
  commandUrl: string
}

/** What the page shows and embeds. */
export interface HostPageInput extends HostPageConfig {
  /** The iframe's `src`: the app's URL with the portal's query (`DOMAIN`, `PROTOCOL`, `LANG`, `APP_SID`). */
  frameSrc: string
  frameName: string
  lang: string
  /** One line about the launch: placement, user, modes. */
  caption: string
}

/**
 * Runs in the browser, serialised with `toString()` into the page: it must stay self-contained
 * (no imports, nothing from outside its body).
 */
export function runHostPage(config: HostPageConfig): void {
  const frame = document.getElementById('b24kit-app') as HTMLIFrameElement
  // One window answers in the order the app asked.
  let queue: Promise<void> = Promise.resolve()
  const toSize = (value: number | string) => (typeof value === 'number' || /^\d+$/.test(value) ? `${value}px` : value)
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== config.appOrigin) return
    const message: unknown = event.data
    queue = queue
      .then(async () => {
        const response = await fetch(config.commandUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ appSid: config.appSid, message }),
        })
        // Not a frame command (other scripts post messages too), or not this app's: nothing to answer.
        if (!response.ok) return
        const { reply, effect } = (await response.json()) as {
          reply?: string
          effect?: { kind: string; width?: number | string; height?: number | string; title?: string }
        }
        if (typeof reply === 'string') frame.contentWindow?.postMessage(reply, config.appOrigin)
        if (effect?.kind === 'resize') {
          if (effect.width) frame.style.width = toSize(effect.width)
          if (effect.height) frame.style.height = toSize(effect.height)
        } else if (effect?.kind === 'title') document.title = effect.title ?? ''
        // biome-ignore lint/correctness/noSelfAssign: assigning src reloads the iframe (a cross-origin frame cannot be told to reload)
        else if (effect?.kind === 'reload') frame.src = frame.src
      })
      .catch((error: unknown) => console.error('b24kit frame host:', error))
  })
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** JSON safe inside a `<script>`: no `</script>` or `<!--` can close it. */
function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/** The whole page. */
export function renderHostPage(input: HostPageInput): string {
  const config: HostPageConfig = { appOrigin: input.appOrigin, appSid: input.appSid, commandUrl: input.commandUrl }
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<title>b24kit mock portal</title>
<style>
body { margin: 0; font: 14px system-ui, sans-serif; background: #eef2f4; }
header { padding: 8px 16px; background: #2fc6f6; color: #fff; }
iframe { display: block; width: 100%; height: 600px; border: 0; background: #fff; }
</style>
</head>
<body>
<header>b24kit mock portal · ${escapeHtml(input.caption)}</header>
<iframe id="b24kit-app" name="${escapeHtml(input.frameName)}" src="${escapeHtml(input.frameSrc)}"></iframe>
<script>(${runHostPage.toString()})(${toScriptJson(config)})</script>
</body>
</html>
`
}
