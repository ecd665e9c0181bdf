import { DEVELOPMENT_SECRET } from '../../kernel/config/env'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** A setting that makes starting pointless or unsafe: the message says what to do, in French. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

const MIN_SECRET_LENGTH = 32

/**
 * Production refuses the development secret: with it, anyone can sign a token Payload accepts.
 */
export const requireProductionSecret = ({ isProduction, secret }: { isProduction: boolean; secret: string | undefined }) => {
  if (!isProduction) return
  if (!secret || secret === DEVELOPMENT_SECRET || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigurationError(
      `PAYLOAD_SECRET manquant ou trop faible : en production, définissez PAYLOAD_SECRET (au moins ${MIN_SECRET_LENGTH} caractères aléatoires, ` +
        'par exemple `openssl rand -hex 32`). Le serveur ne démarre pas avec le secret de développement.',
    )
  }
}

const uidOf = (user: string): number | undefined => {
  if (!existsSync('/etc/passwd')) return undefined
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`))
  return line ? Number(line.split(':')[2]) : undefined
}

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must be able to enter every parent
 * folder of its data folder; otherwise `initdb` dies with an EACCES stack trace. Says it first.
 */
export const requireClusterFolderReachable = ({ dataDir, asRoot = process.getuid?.() === 0 }: { dataDir: string; asRoot?: boolean }) => {
  if (!asRoot) return
  const postgresUid = uidOf('postgres')
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const { mode, uid } = statSync(dir)
      if (uid !== postgresUid && (mode & 0o001) === 0) {
        throw new ConfigurationError(
          `PostgreSQL embarqué ne peut pas démarrer : le dossier ${dir} n'est pas accessible à l'utilisateur système « postgres » ` +
            `(sous lequel PostgreSQL tourne quand on lance Tremplin en root). Placez les données ailleurs avec ` +
            `EMBEDDED_POSTGRES_DIR=/var/lib/tremplin/postgres (par exemple), clonez le projet hors de ${dir}, ` +
            `ou indiquez une base existante avec DATABASE_URL.`,
        )
      }
    }
    if (dir === path.dirname(dir)) return
  }
}
