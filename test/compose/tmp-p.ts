import { cleanNote } from '../../shared/compose/index'
for (const raw of process.argv.slice(2)) console.log(raw, '=>', JSON.stringify(cleanNote(raw)))
