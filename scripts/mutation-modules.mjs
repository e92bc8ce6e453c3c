// The modules `npm run test:mutation` mutates, each with the test files that own it (read by stryker.config.mjs).
export const MUTATION_MODULES = {
  'external-url': {
    mutate: ['electron/main/security/external-url.ts'],
    tests: ['electron/main/security/external-url.test.ts']
  },
  policy: {
    mutate: ['shared/followup/policy.ts'],
    tests: ['shared/followup/policy.test.ts', 'shared/followup/policy.guards.test.ts']
  },
  'change-log': {
    mutate: ['electron/main/store/change-log.ts'],
    tests: ['electron/main/store/change-log.test.ts', 'electron/main/store/recovery.test.ts']
  },
  form: {
    mutate: ['shared/etiquette/checks/form.ts'],
    tests: ['shared/etiquette/checks/form.test.ts', 'shared/etiquette/form.guards.test.ts']
  },
  router: {
    mutate: ['electron/main/ipc/router.ts'],
    tests: ['electron/main/ipc/router.test.ts', 'electron/main/ipc/router.guards.test.ts']
  },
  lock: {
    mutate: ['electron/main/store/lock.ts'],
    tests: ['electron/main/store/lock.test.ts', 'electron/main/store/lock.guards.test.ts']
  },
  'start-up': {
    mutate: [
      'electron/main/startup-failure.ts',
      'electron/main/dev-inputs.ts',
      'electron/main/storage-errors.ts'
    ],
    tests: [
      'electron/main/startup-failure.test.ts',
      'electron/main/dev-inputs.test.ts',
      'electron/main/storage-errors.test.ts'
    ]
  }
}
