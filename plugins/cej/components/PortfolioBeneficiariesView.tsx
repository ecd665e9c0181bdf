import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/kernel/admin/AdminPage'
import { FilterForm, FilterSearch } from '../../../src/kernel/admin/FilterForm'
import { missionLocaleBeneficiaries } from '../portfolio/portfolio'
import { Pager, PortfolioTable } from './PortfolioTable'

/** « Bénéficiaires » (seed 001): the young people followed in the Mission Locale; others' are read-only. */
export const PortfolioBeneficiariesView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const params = (view.searchParams ?? {}) as Record<string, string>
  const search = params.search ?? ''
  const sort = params.sort ?? 'name'
  let content: React.ReactNode
  try {
    const list = await missionLocaleBeneficiaries({ req, search, sort, page: params.page })
    content = (
      <>
        <p>Consultez le dossier des bénéficiaires ne se trouvant pas dans votre portefeuille : seule la lecture est autorisée.</p>
        <FilterForm submitLabel="Rechercher" hidden={{ sort }}>
          <FilterSearch name="search" label="Rechercher un bénéficiaire par son nom ou prénom" value={search} />
        </FilterForm>
        <PortfolioTable
          rows={list.docs}
          sort={sort}
          search={search}
          extraColumn={{ header: 'Accès', cell: (row) => (row.readOnly ? 'Lecture seule' : 'Mon portefeuille') }}
        />
        <Pager page={list.page} totalPages={list.totalPages} search={search} sort={sort} />
      </>
    )
  } catch (error) {
    content = <p>{(error as Error).message}</p>
  }
  return (
    <AdminPage view={view} title="Bénéficiaires">
      {content}
    </AdminPage>
  )
}
