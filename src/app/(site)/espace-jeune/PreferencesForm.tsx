import React from 'react'

import { ACCOUNT_NOTIFICATION_KIND_OPTIONS, type AccountAlerts } from '../../../kernel/notifications/accountKinds'
import { savePreferences } from './actions'

const CHANNELS = [
  { name: 'email', label: 'Par e-mail' },
  { name: 'inApp', label: 'Dans mon espace' },
] as const

/** One checkbox per kind and channel; everything is on until the young person says otherwise. */
export const PreferencesForm = ({ alerts }: { alerts: AccountAlerts }) => (
  <form action={savePreferences}>
    <table>
      <caption className="hint">Cochez la façon dont vous souhaitez être prévenu(e) de chaque nouvelle.</caption>
      <thead>
        <tr>
          <th scope="col">Nouvelle</th>
          {CHANNELS.map((channel) => (
            <th scope="col" key={channel.name}>
              {channel.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ACCOUNT_NOTIFICATION_KIND_OPTIONS.map((kind) => (
          <tr key={kind.value}>
            <th scope="row">{kind.label.fr}</th>
            {CHANNELS.map((channel) => (
              <td key={channel.name}>
                <input
                  type="checkbox"
                  name={`${channel.name}:${kind.value}`}
                  aria-label={`${kind.label.fr} : ${channel.label.toLowerCase()}`}
                  defaultChecked={alerts?.[channel.name]?.includes(kind.value) ?? true}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    <button type="submit">Enregistrer mes préférences</button>
  </form>
)
