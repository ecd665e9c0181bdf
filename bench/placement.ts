/**
 * Placement bench (issue #5): the offers search screen of the manual on many offers. Inserts
 * `OFFERS` offers with raw SQL (a fixture, not the code under test), then times the REST search
 * with each filter of the screen as a logged-in candidate, and shows whether PostgreSQL uses an
 * index for the department + publication filter and the title search, then times the partial-word
 * searches again without their trigram indexes (the baseline, same run). A benchmark: it prints
 * figures, never fails.
 */
import type { Pool } from 'pg'

const OFFERS = 10_000
const RUNS = 20
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Tremplin2026!'

type Log = (message: string) => void

const SECTORS = ['transport', 'hospitality', 'retail', 'it', 'health']
const CONTRACTS = ['cdi', 'cdd', 'work-study', 'internship']
/** 40 trades: a title search by one of them matches 1 offer in 40, as a real search would. */
const TRADES = [
  'Agent de quai', 'Boulanger', 'Cuisinier', 'Serveur', 'Plombier', 'Électricien', 'Menuisier', 'Peintre', 'Maçon', 'Carreleur',
  'Vendeur', 'Caissier', 'Magasinier', 'Cariste', 'Préparateur de commandes', 'Chauffeur livreur', 'Aide-soignant', 'Auxiliaire de vie', 'Agent d\'entretien', 'Jardinier',
  'Coiffeur', 'Esthéticien', 'Fleuriste', 'Pâtissier', 'Boucher', 'Poissonnier', 'Réceptionniste', 'Standardiste', 'Secrétaire', 'Comptable',
  'Développeur', 'Technicien informatique', 'Mécanicien', 'Carrossier', 'Soudeur', 'Chaudronnier', 'Opérateur de production', 'Agent de sécurité', 'Animateur', 'Commis de cuisine',
]

const insertOffers = async ({ pool }: { pool: Pool }) => {
  const { rows } = await pool.query(`SELECT id, name FROM structures WHERE type = 'employer' ORDER BY id`)
  await pool.query(
    `INSERT INTO offers (title, reference, publication, structure_id, employer_name, postal_code, department, city, sector, contract_type, is_generic, updated_at, created_at)
     SELECT ($6::text[])[1 + g % array_length($6::text[], 1)] || ' (H/F) n° ' || g, 'BENCH-' || g, (CASE WHEN g % 10 = 3 THEN 'closed' ELSE 'published' END)::enum_offers_publication,
            ($1::int[])[1 + g % array_length($1::int[], 1)], ($2::text[])[1 + g % array_length($2::text[], 1)],
            lpad(((g % 95) + 1)::text, 2, '0') || '000', lpad(((g % 95) + 1)::text, 2, '0'), 'Ville ' || g,
            (($3::text[])[1 + g % 5])::enum_offers_sector, (($4::text[])[1 + g % 4])::enum_offers_contract_type, g % 17 = 0, now(), now() - (g || ' minutes')::interval
     FROM generate_series(1, $5::int) AS g`,
    [rows.map((r) => r.id), rows.map((r) => r.name), SECTORS, CONTRACTS, OFFERS, TRADES],
  )
  await pool.query('ANALYZE offers')
}

const time = async (task: () => Promise<unknown>) => {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await task()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return { p50: samples[Math.floor(RUNS / 2)].toFixed(1), p95: samples[Math.floor(RUNS * 0.95) - 1].toFixed(1) }
}

export async function run({ baseUrl, pool, log }: { baseUrl: string; pool: Pool; log: Log }) {
  log(`Offres : insertion de ${OFFERS} offres…`)
  await insertOffers({ pool })
  const login = await fetch(`${baseUrl}/api/accounts/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ines.moreau@exemple.fr', password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const searches: Record<string, string> = {
    'sans filtre': '',
    département: 'where[department][equals]=93',
    'code postal': 'where[postalCode][equals]=75000',
    'offre (intitulé)': 'where[title][like]=soudeur',
    employeur: 'where[employerName][like]=Hôtellerie',
    référence: 'where[reference][equals]=BENCH-4242',
    'secteur + contrat': 'where[sector][equals]=transport&where[contractType][equals]=cdi',
  }
  const measure = async (label: string, query: string, suffix = '') => {
    const url = `${baseUrl}/api/offers?limit=20&depth=0&${query}`
    const first = await fetch(url, { headers: { authorization: `JWT ${token}` } })
    const { totalDocs } = (await first.json()) as { totalDocs: number }
    const { p50, p95 } = await time(() => fetch(url, { headers: { authorization: `JWT ${token}` } }).then((r) => r.arrayBuffer()))
    log(`GET /api/offers (${label})${suffix} : ${totalDocs} résultats, p50 ${p50} ms, p95 ${p95} ms`)
  }
  for (const [label, query] of Object.entries(searches)) await measure(label, query)
  const plan = async (sql: string) => (await pool.query(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join(' | ')
  log(`Plan (département + publiée) : ${await plan(`SELECT id FROM offers WHERE publication = 'published' AND department = '93' ORDER BY created_at DESC LIMIT 20`)}`)
  const titleSearch = `SELECT id FROM offers WHERE title ILIKE '%soudeur%' ORDER BY created_at DESC LIMIT 20`
  log(`Plan (intitulé) : ${await plan(titleSearch)}`)

  // Baseline in the same run: the partial-word searches again without their trigram indexes.
  const { rows: trigramIndexes } = await pool.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'offers' AND indexdef LIKE '%gin_trgm_ops%'`,
  )
  for (const { indexname } of trigramIndexes) await pool.query(`DROP INDEX ${indexname}`)
  await pool.query('ANALYZE offers')
  for (const label of ['offre (intitulé)', 'employeur']) await measure(label, searches[label], ' sans index trigramme')
  log(`Plan (intitulé, sans index trigramme) : ${await plan(titleSearch)}`)
  for (const { indexdef } of trigramIndexes) await pool.query(indexdef)
  await pool.query(`DELETE FROM offers WHERE reference LIKE 'BENCH-%'`)
}
