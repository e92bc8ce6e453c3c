/**
 * The names of every IPC channel and event, with no dependency at all: the sandboxed preload bundles this file and
 * nothing else of the contract (a sandboxed preload cannot require packages such as zod).
 * contract.ts checks at compile time that these lists and the schemas name exactly the same channels.
 */
export const CHANNELS = [
  'app:info',
  'journal:get',
  'journal:applications',
  'journal:application',
  'journal:search',
  'settings:get',
  'applications:create',
  'applications:update',
  'applications:delete',
  'interviews:create',
  'interviews:update',
  'interviews:delete',
  'people:add',
  'people:update',
  'people:remove',
  'people:delete',
  'notes:add',
  'notes:update',
  'notes:delete',
  'meetings:update',
  'contacts:logReply',
  'contacts:update',
  'contacts:delete',
  'journal:restore',
  'drafts:compose',
  'drafts:save',
  'drafts:check',
  'drafts:suggest',
  'drafts:markSent',
  'followups:list',
  'reminders:snooze',
  'reminders:dismiss',
  'rules:list',
  'settings:update',
  'settings:addWord',
  'data:exportJson',
  'data:exportCsv',
  'data:chooseImport',
  'data:import',
  'calendar:preview',
  'calendar:openInvite',
  'calendar:confirm',
  'calendar:export',
  'llm:configure',
  'llm:setKey',
  'llm:clearKey',
  'llm:test',
  'llm:preview',
  'llm:propose',
  'llm:accept',
  'llm:undo',
  'llm:cancel',
  'shell:openExternal'
] as const
export type Channel = (typeof CHANNELS)[number]

/** Main-to-renderer events. */
export const EVENTS = [
  'journal:changed',
  'llm:delta',
  'reminders:due',
  'reminders:open',
  'reminders:capture',
  'data:importProgress'
] as const
export type EventName = (typeof EVENTS)[number]

export type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
export type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never
