const decodeQuotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))

/** Decoded text of a message (quoted-printable soft breaks joined; UTF-8 kept). No side effect: browser tests import it too. */
export const mailText = (raw: string) => Buffer.from(decodeQuotedPrintable(raw), 'latin1').toString('utf8')
