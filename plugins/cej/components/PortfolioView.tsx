import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { FilterForm, FilterSearch } from '../../../src/kernel/admin/FilterForm'
import { portfolio } from '../portfolio/portfolio'
import { PortfolioAddForm } from './PortfolioActions'
import { Pager, PortfolioTable, listQuery } from './PortfolioTable'

/**
 * « Mon portefeuille » (seed 001): the young people the counsellor follows, searched by name and
 * sorted on any column, « Ajouter un bénéficiaire » and the CSV. Rendered on the server from the
 * same operation as GET /api/cej/portfolio, so the same access applies.
 */
export const PortfolioView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const params = (view.searchParams ?? {}) as Record<string, string>
  const search = params.search ?? ''
  const sort = params.sort ?? 'name'
  let content: React.ReactNode
  try {
    const list = await portfolio({ req, search, sort, page: params.page })
    content = (
      <>
        <PortfolioAddForm />
        <FilterForm submitLabel="Rechercher" hidden={{ sort }}>
          <FilterSearch name="search" label="Rechercher un bénéficiaire par son nom ou prénom" value={search} />
        </FilterForm>
        <h2>Liste des bénéficiaires</h2>
        {list.totalDocs === 0 ? (
          <p>{search ? 'Aucun bénéficiaire ne correspond à cette recherche.' : "Vous n'avez pas encore de bénéficiaire rattaché à votre portefeuille."}</p>
        ) : (
          <PortfolioTable rows={list.docs} sort={sort} search={search} />
        )}
        <Pager page={list.page} totalPages={list.totalPages} search={search} sort={sort} />
        <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={`/api/cej/portfolio.csv?${listQuery({ search, sort })}`} download>
          Télécharger (CSV)
        </a>
      </>
    )
  } catch (error) {
    content = <p>{(error as Error).message}</p>
  }
  return (
    <AdminPage view={view} title="Mon portefeuille">
      {content}
    </AdminPage>
  )
}
