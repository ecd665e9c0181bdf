import React from 'react'

import { RichTextContent } from '../../components/RichTextContent'
import { youngPersonPage } from '../../lib/youngPerson'
import { frenchDay } from '../candidatures/labels'

export const metadata = { title: 'Actualités' }
export const dynamic = 'force-dynamic'

/**
 * « Actualités » (seed 001, the young person's app): what their Mission Locale publishes for its
 * young people, newest first. The API decides what is meant for them (published, their structure
 * or one above it); the page only shows it.
 */
const NewsPage = async () => {
  const { client } = await youngPersonPage()
  const news = await client.sdk.find({ collection: 'news', sort: '-publishedAt', depth: 0, limit: 20 })
  return (
    <>
      <h1>Actualités</h1>
      {news.docs.length === 0 ? (
        <p>Aucune actualité pour le moment.</p>
      ) : (
        news.docs.map((item) => (
          <article key={item.id} className="news" aria-labelledby={`actualite-${item.id}`}>
            <h2 id={`actualite-${item.id}`}>{item.title}</h2>
            <p className="hint">Publiée le {frenchDay(item.publishedAt)}</p>
            <RichTextContent data={item.content} />
          </article>
        ))
      )}
    </>
  )
}

export default NewsPage
