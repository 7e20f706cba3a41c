import { defineProjectConfig } from '@b24kit/codegen'

/** Where your spec entries are, and where `b24kit generate` writes the client and the mock table. */
export default defineProjectConfig({ specs: 'specs', out: 'src/b24' })
