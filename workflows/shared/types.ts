/**
 * What a lifecycle module exports besides its machine: French labels and colours of its states,
 * and the data each event carries. Pure data: nothing here imports Payload.
 */
export type Label = { fr: string; en: string }

export type StateInfo = { label: Label; color: 'grey' | 'blue' | 'orange' | 'green' | 'red' | 'purple' }

/** One piece of data an event carries; the lifecycle plugin validates it and builds the admin form. */
export type EventField = {
  name: string
  label: Label
  type: 'text' | 'textarea' | 'boolean' | 'relationship' | 'json'
  /**
   * For a text: the values the admin offers, by their French label (never the value itself);
   * the binding still judges the value sent (an API client may send another, e.g. to be refused).
   */
  options?: { value: string; label: Label }[]
  /** For relationships: the collection and an optional filter the admin form applies. */
  relationTo?: string
  filter?: Record<string, string>
  required?: boolean
  maxLength?: number
}

export type EventInfo = {
  label: Label
  fields?: EventField[]
  tone?: 'primary' | 'danger'
  /**
   * The event's fields that the machine's guards read, with a stand-in value: the transitions
   * list asks the machine whether the state accepts the event before the caller has filled them.
   */
  probe?: Record<string, unknown>
  /** Sent from a form of the document's own (e.g. a session's attendance), not from the lifecycle panel. */
  ownForm?: boolean
}

export type LifecycleDefinition<State extends string = string, Event extends string = string> = {
  states: Record<State, StateInfo>
  events: Record<Event, EventInfo>
}
