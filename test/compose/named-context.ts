/** A journal context with a name, as the composer's test corpora list them. */
import type { CheckContext } from '../../shared/etiquette/contract'

export interface NamedContext {
  id: string
  context: CheckContext
}
