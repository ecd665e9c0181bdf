import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD } from './helpers'
import { pdf } from '../helpers/pdf'
import { call, checkSitePage, logIn, newYoungPerson, richText, staffToken, structureId } from './siteHelpers'

test.describe('L’espace candidat Atouts', () => {
  test('un candidat cherche une offre, postule avec son CV, son référent valide, il suit le statut, échange et retire sa candidature ; un autre candidat ne la voit pas', async ({ page, request, browser }) => {
    const referent = await staffToken(request, 'establishment-referent@tremplin.test')
    const lycee = await structureId(request, referent, 'Lycée professionnel Alfred-Costes (Bobigny)')
    const candidate = await newYoungPerson(request, referent, { firstName: 'Maya', structure: lycee, autonomous: false, iAmReferent: true })
    const other = await newYoungPerson(request, referent, { firstName: 'Noé', structure: lycee, autonomous: true, iAmReferent: true })

    await logIn(page, candidate.email)
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Offres' }).click()
    await page.getByLabel('Secteur d’activité').selectOption('transport')
    await page.getByLabel('Type de contrat').selectOption('cdd')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page.getByRole('link', { name: "Agent d'accueil en gare (H/F)" })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Commis de cuisine (H/F)' })).toHaveCount(0)
    await checkSitePage(page, 'offres')

    await page.getByRole('link', { name: "Agent d'accueil en gare (H/F)" }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Agent d'accueil en gare (H/F)")
    // The CV is uploaded from the page, then chosen among their documents.
    // A file that is not what it claims is refused, in French.
    await page.getByLabel('Fichier (PDF, Word, OpenDocument ou image)').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('pas un PDF') })
    await page.getByRole('button', { name: 'Ajouter le document' }).click()
    await expect(page.locator('main').getByRole('alert')).toHaveText(/Ce fichier n’est pas accepté/)
    await page.getByLabel('Titre du document').fill('Mon CV 2026')
    await page.getByLabel('Type de document').selectOption('cv')
    await page.getByLabel('Fichier (PDF, Word, OpenDocument ou image)').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: await pdf('CV de Maya') })
    await page.getByRole('button', { name: 'Ajouter le document' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Le document est ajouté : vous pouvez le choisir.')
    await page.getByLabel('Message pour l’employeur (obligatoire)').fill('Bonjour, je suis très intéressée par ce poste d’accueil.')
    await page.getByLabel('Mon CV').selectOption({ label: 'Mon CV 2026' })
    await page.getByLabel('Solliciter l’aide de mon référent avant l’envoi').check()
    await checkSitePage(page, 'offre-postuler')
    await page.getByRole('button', { name: 'Envoyer ma candidature' }).click()
    await page.waitForURL(/\/espace-jeune\/candidatures\/\d+/)
    await expect(page.getByTestId('candidature-status')).toHaveText('En attente de validation par le référent')
    const candidatureId = Number(new URL(page.url()).pathname.split('/').pop())
    await checkSitePage(page, 'candidature')

    // The referent validates it through the API: the banner follows.
    await call(request, referent, 'post', `/api/candidatures/${candidatureId}/transitions`, { event: 'VALIDATE' })
    await page.reload()
    await expect(page.getByTestId('candidature-status')).toHaveText('Envoyée au recruteur')

    // Follow-up messages with the referent, both ways.
    await page.getByLabel('Mon message à mon référent').fill('Merci pour votre aide !')
    await page.getByRole('button', { name: 'Envoyer le message' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre message est envoyé à votre référent.')
    await call(request, referent, 'post', '/api/follow-up-messages', { candidature: candidatureId, body: 'Bonne chance pour l’entretien.' })
    await page.reload()
    await expect(page.getByText('Merci pour votre aide !')).toBeVisible()
    await expect(page.getByText('Bonne chance pour l’entretien.')).toBeVisible()

    // The list shows the manual's banner.
    await page.getByRole('link', { name: '← Mes candidatures' }).click()
    await expect(page.getByText('Envoyée au recruteur')).toBeVisible()
    await checkSitePage(page, 'mes-candidatures')

    // A parrainage request waits for the referent, who validates it (sent to the company); follow-up both ways.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Parrainages' }).click()
    await expect(page.getByText('Aucune demande de parrainage.')).toBeVisible()
    await page.getByLabel('Entreprise (obligatoire)', { exact: true }).selectOption({ index: 1 })
    const company = (await page.getByLabel('Entreprise (obligatoire)', { exact: true }).locator('option:checked').textContent())!.trim()
    await page.getByLabel('Message pour l’entreprise (obligatoire)').fill('Je souhaite être parrainée par un professionnel du transport.')
    await checkSitePage(page, 'parrainages-demande')
    await page.getByRole('button', { name: 'Envoyer ma demande de parrainage' }).click()
    await page.waitForURL(/\/espace-jeune\/parrainages\/\d+/)
    const parrainageId = Number(new URL(page.url()).pathname.split('/').pop())
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre demande de parrainage est envoyée à votre référent pour validation.')
    await expect(page.getByTestId('parrainage-status')).toHaveText('À valider par le référent')
    await expect(page.getByText(company, { exact: true })).toBeVisible()
    await expect(page.getByText('Aucun message de suivi.')).toBeVisible()
    await page.getByLabel('Mon message à mon référent').fill('Pouvez-vous relire ma demande ?')
    await page.getByRole('button', { name: 'Envoyer le message' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre message est envoyé à votre référent.')
    await call(request, referent, 'post', `/api/parrainages/${parrainageId}/transitions`, { event: 'VALIDATE' })
    await call(request, referent, 'post', '/api/follow-up-messages', { parrainage: parrainageId, body: 'Demande validée, envoyée à l’entreprise.' })
    await page.reload()
    await expect(page.getByTestId('parrainage-status')).toHaveText('Validée (envoyée à l\'entreprise)')
    await expect(page.getByText('Pouvez-vous relire ma demande ?')).toBeVisible()
    await expect(page.getByText('Demande validée, envoyée à l’entreprise.')).toBeVisible()
    await checkSitePage(page, 'parrainage-suivi')
    await page.getByRole('link', { name: '← Mes demandes de parrainage' }).click()
    await expect(page.locator('main').getByText('Validée (envoyée à l\'entreprise)')).toBeVisible()
    await checkSitePage(page, 'parrainages')

    // Another candidate never reaches them, through the site or the API.
    const otherContext = await browser.newContext()
    const otherPage = await otherContext.newPage()
    await logIn(otherPage, other.email)
    await otherPage.goto(`/espace-jeune/candidatures/${candidatureId}`)
    await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
    await expect(otherPage.getByText('Bonjour, je suis très intéressée')).toHaveCount(0)
    await checkSitePage(otherPage, 'candidature-d-un-autre')
    await otherPage.goto('/espace-jeune/candidatures')
    await expect(otherPage.getByText('Vous n’avez pas encore de candidature.')).toBeVisible()
    await otherPage.goto(`/espace-jeune/parrainages/${parrainageId}`)
    await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
    await expect(otherPage.getByText('Pouvez-vous relire ma demande ?')).toHaveCount(0)
    await otherPage.goto('/espace-jeune/parrainages')
    await expect(otherPage.getByText('Aucune demande de parrainage.')).toBeVisible()
    const otherToken = (await (await request.post('/api/accounts/login', { data: { email: other.email, password: DEMO_PASSWORD } })).json()).token as string
    expect((await call(request, otherToken, 'get', `/api/follow-up-messages?where[parrainage][equals]=${parrainageId}`)).docs).toHaveLength(0)
    expect([403, 404]).toContain((await request.get(`/api/parrainages/${parrainageId}`, { headers: { Authorization: `JWT ${otherToken}` } })).status())
    await otherContext.close()

    // « Retirer ma candidature », allowed until the recruiter takes it in hand.
    await page.goto(`/espace-jeune/candidatures/${candidatureId}`)
    await page.getByRole('button', { name: 'Retirer ma candidature' }).click()
    await expect(page.getByTestId('candidature-status')).toHaveText('Retirée par le candidat')
    await expect(page.getByRole('button', { name: 'Retirer ma candidature' })).toHaveCount(0)
  })
})

test.describe('Le bilan en ligne côté candidat', () => {
  test('le candidat lit la phase, enregistre un brouillon, voit le refus d’une réponse obligatoire manquante, puis soumet', async ({ page, request }) => {
    const counsellor = await staffToken(request, 'counsellor@tremplin.test')
    const lunel = await structureId(request, counsellor, 'Lunel')
    const candidate = await newYoungPerson(request, counsellor, { firstName: 'Zélie', structure: lunel })
    const phases = (await call(request, counsellor, 'get', '/api/bilan-phases?sort=order&limit=20&depth=0')).docs as { id: number }[]
    await call(request, counsellor, 'post', '/api/bilans', { candidate: candidate.id, modality: 'remote', phases: [phases[0].id, phases[1].id] })

    await logIn(page, candidate.email)
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon bilan' }).click()
    await expect(page.getByText('0 phase terminée sur 2')).toBeVisible()
    await checkSitePage(page, 'bilan')
    await page.getByRole('link', { name: 'Contexte de la demande' }).click()
    // The lead counsellor's page, rendered from its rich text.
    await expect(page.getByRole('heading', { name: 'Pourquoi un bilan de compétences ?' })).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Les raisons de votre demande' })).toBeVisible()
    await expect(page.getByTestId('phase-status')).toHaveText('Non commencée')
    await page.getByLabel('Décrivez votre situation professionnelle actuelle. (obligatoire)').fill('Je suis vendeuse depuis 6 ans.')
    await page.getByRole('radio', { name: '2 à 4 heures' }).check()
    await checkSitePage(page, 'bilan-phase')
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Vos réponses sont enregistrées en brouillon.')
    await expect(page.getByTestId('phase-status')).toHaveText('En cours')
    await expect(page.getByText('2 réponses sur 4')).toBeVisible()
    // A required answer is missing: the server refuses the submission, in French.
    await page.getByRole('button', { name: 'Soumettre la phase' }).click()
    await expect(page.locator('main').getByRole('alert')).toBeVisible()
    await expect(page.getByTestId('phase-status')).toHaveText('En cours')
    await page.getByLabel('Qu’est-ce qui vous amène à demander un bilan de compétences aujourd’hui ? (obligatoire)').fill('Une reconversion vers le soin.')
    await page.getByRole('button', { name: 'Soumettre la phase' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('La phase est soumise à votre conseiller.')
    await expect(page.getByTestId('phase-status')).toHaveText('Soumise au conseiller')
    await expect(page.getByRole('button', { name: 'Soumettre la phase' })).toHaveCount(0)
    await expect(page.getByLabel('Décrivez votre situation professionnelle actuelle. (obligatoire)')).toHaveValue('Je suis vendeuse depuis 6 ans.')
    await checkSitePage(page, 'bilan-phase-soumise')
  })
})

test.describe('Le CEJ côté jeune', () => {
  test('le jeune lit le message de son conseiller, répond, voit « Lu » ; gère ses actions ; son agenda montre la semaine et les actions en retard ; il lit les actualités de sa Mission Locale, pas un jeune d’ailleurs', async ({ page, request, browser }) => {
    const counsellorToken = await staffToken(request, 'referent-full@tremplin.test')
    const counsellor = (await call(request, counsellorToken, 'get', '/api/users/me')).user as { id: number }
    const rouen = await structureId(request, counsellorToken, 'Mission Locale de Rouen')
    const young = await newYoungPerson(request, counsellorToken, { firstName: 'Rayan', structure: rouen, postalCode: '76000', referents: [counsellor.id] })
    await call(request, counsellorToken, 'post', '/api/messages/send', { accounts: [young.id], text: 'Bonjour Rayan, pouvez-vous passer jeudi ?' })
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    await call(request, counsellorToken, 'post', '/api/actions', { account: young.id, category: 'job', title: 'Envoyer trois candidatures', dueDate: yesterday })

    await logIn(page, young.email)
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Messages' }).click()
    await expect(page.getByText('Bonjour Rayan, pouvez-vous passer jeudi ?')).toBeVisible()
    await page.getByLabel('Mon message').fill('Oui, jeudi à 10h me convient.')
    await page.getByRole('button', { name: 'Envoyer' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Message envoyé.')
    await expect(page.getByTestId('read-state')).toHaveText(/Non lu/)
    await checkSitePage(page, 'messages')
    // Opening the conversation marked the counsellor's message read; the counsellor reads the reply.
    const { docs: conversations } = await call(request, counsellorToken, 'get', `/api/conversations?where[account][equals]=${young.id}&depth=0`)
    expect(conversations[0].unreadByAccount).toBe(0)
    await call(request, counsellorToken, 'post', `/api/conversations/${conversations[0].id}/read`)
    await page.reload()
    await expect(page.getByTestId('read-state')).toHaveText(/Lu/)
    await expect(page.getByTestId('read-state')).not.toHaveText(/Non lu/)

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Mon agenda' }).click()
    await expect(page.getByRole('heading', { name: 'Actions en retard (1)' })).toBeVisible()
    await expect(page.getByText('Envoyer trois candidatures — prévue le')).toBeVisible()
    await checkSitePage(page, 'agenda')

    await page.goto('/espace-jeune/actions')
    await page.getByLabel('Titre de l’action (obligatoire)').fill('Préparer mon CV')
    await page.getByLabel('Catégorie (obligatoire)').selectOption('job')
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' })
    await page.getByLabel('Date (obligatoire)').fill(today)
    await page.getByRole('button', { name: 'Créer l’action' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Votre action est créée.')
    await page.getByLabel('Statut de « Envoyer trois candidatures »').selectOption('done')
    await page.getByRole('listitem').filter({ hasText: 'Envoyer trois candidatures' }).getByRole('button', { name: 'Mettre à jour' }).click()
    await expect(page.locator('main').getByRole('status')).toHaveText('Le statut de l’action est mis à jour.')
    await expect(page.getByLabel('Statut de « Envoyer trois candidatures »')).toHaveValue('done')
    await checkSitePage(page, 'actions')

    await page.goto('/espace-jeune/agenda')
    await expect(page.getByRole('heading', { name: 'Actions en retard (0)' })).toBeVisible()
    await expect(page.getByText('Action : Préparer mon CV')).toBeVisible()

    // « Actualités »: what the Mission Locale publishes for its young people; staff news stay out.
    const admin = await staffToken(request, 'admin@tremplin.test')
    const title = `Forum de l’alternance ${Date.now()}`
    await call(request, admin, 'post', '/api/news', { title, content: richText('Mardi à 14 h à la Mission Locale : venez avec votre CV.'), audience: 'young-people', structure: rouen })
    const staffNews = `Club utilisateurs ${Date.now()}`
    await call(request, admin, 'post', '/api/news', { title: staffNews, content: richText('Pour les conseillers.'), audience: 'structure', structure: rouen })
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Actualités' }).click()
    await expect(page.getByRole('heading', { name: title })).toBeVisible()
    await expect(page.getByText('Mardi à 14 h à la Mission Locale : venez avec votre CV.')).toBeVisible()
    await expect(page.getByText(staffNews)).toHaveCount(0)
    await checkSitePage(page, 'actualites')
    // A young person of another Mission Locale does not read it.
    const otherContext = await browser.newContext()
    const otherPage = await otherContext.newPage()
    await logIn(otherPage, 'yanis.garcia@exemple.fr')
    await otherPage.goto('/espace-jeune/actualites')
    await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Actualités')
    await expect(otherPage.getByText(title)).toHaveCount(0)
    await otherContext.close()
  })
})
