import { randomInt } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

export const CODE_PATTERN = /^[A-Z0-9]{6}$/

/** A 6-character code of A–Z and 0–9 from the system's cryptographic random source (36⁶ ≈ 2.2 billion). */
export const generateCode = (): string => {
  let code = ''
  for (let i = 0; i < 6; i += 1) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}
