import React from 'react'

/**
 * The outcome of the last form, carried in the address by the action's redirect (so that it also
 * shows without JavaScript): `ok` is announced politely, `erreur` as an alert.
 */
export const Flash = ({ ok, error }: { ok?: string; error?: string }) => (
  <>
    {ok && (
      <p className="notice" role="status">
        {ok}
      </p>
    )}
    {error && (
      <p className="alert" role="alert">
        {error}
      </p>
    )}
  </>
)
