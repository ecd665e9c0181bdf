import type { AccessFuzzFigures } from './accessFuzz'

/** The figures as the bench prints them (French, one block). */
export const formatAccessFuzz = (figures: AccessFuzzFigures) => {
  const lines = [
    `Requêtes : ${figures.requests} (REST ${figures.rest}, GraphQL ${figures.graphql}) par ${figures.principals.length} appelants sur ${figures.collections} collections, graine ${figures.seed}, ${(figures.durationMs / 1000).toFixed(1)} s`,
    `Documents vérifiés : ${figures.documentsChecked}`,
    `Statuts : ${Object.entries(figures.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status} × ${count}`)
      .join(', ')}`,
    ...Object.entries(figures.statusExamples)
      .filter(([status]) => status !== '200')
      .map(([status, e]) => `  ex. ${status} : ${e.request.slice(0, 160)}\n      → ${e.response.slice(0, 160)}`),
    `Fuites : ${figures.leaks}`,
    ...figures.leakKinds.map(
      (k) =>
        `  - ${k.count} × ${k.kind} (vu par ${k.principals.length} appelants : ${k.principals.slice(0, 4).join(', ')}${k.principals.length > 4 ? '…' : ''})\n` +
        `      ex. ${k.example.principal}, #${k.example.id} : ${k.example.request.slice(0, 400)}`,
    ),
    `Exemples distincts (appelant, document, raison) :`,
    ...figures.leakExamples.map((l) => `  - ${l.principal} : ${l.collection} #${l.id}, ${l.reason}\n      ${l.request}`),
    `Réponses 5xx : ${figures.serverErrors} (${figures.serverErrorShapes.length} formes ; une liste en échec est rejouée condition par condition pour nommer celle qui échoue seule)`,
    ...figures.serverErrorShapes.map((s) => `  - ${s.count} × ${s.shape}\n      ex. ${s.example.principal} : ${s.example.request}\n      → ${s.example.status} ${s.example.response.slice(0, 200)}`),
    `Sans réponse (délai dépassé ou connexion) : ${figures.networkErrors}`,
    ...figures.networkErrorExamples.slice(0, 5).map((e) => `  - ${e.principal} : ${e.request} → ${e.response}`),
  ]
  return lines.join('\n')
}
