/** One French e-mail layout: a title, a few lines, one clear call to action. */
export type EmailContent = {
  title: string
  lines: string[]
  action?: { label: string; url: string }
  footer?: string
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const renderEmailHtml = ({ title, lines, action, footer }: EmailContent): string => `<!doctype html>
<html lang="fr"><body style="font-family:Arial,sans-serif;background:#f4f5f7;margin:0;padding:24px">
<table role="presentation" style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:24px">
<tr><td>
<p style="font-weight:bold;color:#1d3557;font-size:18px;margin:0 0 16px">Tremplin</p>
<h1 style="font-size:20px;color:#111">${escapeHtml(title)}</h1>
${lines.map((line) => `<p style="color:#333;line-height:1.5">${escapeHtml(line)}</p>`).join('\n')}
${
  action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d3557;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="color:#666;font-size:12px">Si le bouton ne fonctionne pas, copiez ce lien : ${escapeHtml(action.url)}</p>`
    : ''
}
<p style="color:#666;font-size:12px;margin-top:24px">${escapeHtml(footer ?? 'Cet e-mail vous est envoyé automatiquement par Tremplin. Merci de ne pas y répondre.')}</p>
</td></tr></table></body></html>`

export const renderEmailText = ({ title, lines, action }: EmailContent): string =>
  [title, '', ...lines, '', ...(action ? [`${action.label} : ${action.url}`] : [])].join('\n')

export const renderEmail = (content: EmailContent) => ({
  subject: `${content.title} – Tremplin`,
  html: renderEmailHtml(content),
  text: renderEmailText(content),
})
