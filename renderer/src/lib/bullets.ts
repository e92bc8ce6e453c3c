/** One field of bullet notes: each non-empty line is one note; a leading "-", "*" or "•" is only typing habit. */
export function bulletLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((line) => line !== '')
}

export type NoteChange =
  | { type: 'update'; index: number; text: string }
  | { type: 'add'; index: number; text: string }
  | { type: 'delete'; index: number }

/**
 * What turns the saved notes (in order) into the lines now typed: line i is note i. Deletions are listed last and
 * from the end, so the indexes of earlier notes stay valid while they are applied.
 */
export function noteChanges(saved: readonly string[], lines: readonly string[]): NoteChange[] {
  const changes: NoteChange[] = []
  lines.forEach((text, index) => {
    if (index >= saved.length) changes.push({ type: 'add', index, text })
    else if (saved[index] !== text) changes.push({ type: 'update', index, text })
  })
  for (let index = saved.length - 1; index >= lines.length; index--) changes.push({ type: 'delete', index })
  return changes
}
