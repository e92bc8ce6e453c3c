import { APPLICATION_STATUSES } from '../../../shared/model/constants'
import { STATUS_LABELS } from '../lib/format'

/** The <option>s of an application-status <select>, in the order of the journal's statuses. */
export function StatusOptions() {
  return APPLICATION_STATUSES.map((s) => (
    <option key={s} value={s}>
      {STATUS_LABELS[s]}
    </option>
  ))
}
