/** The frame host and the BX24 double: apps that run inside Bitrix24, run against the mock. */
export { type Bx24, bx24Script, installBx24 } from './bx24-script.js'
export { type FrameEffect, type FrameLaunch, type FrameOutcome, runFrameCommand } from './commands.js'
export { createFrameHost, defaultFrameApp, type FrameHost, FrameHostError, type FrameHostOptions } from './host.js'
export { type FrameMessage, formatFrameAnswer, formatFrameName, parseFrameMessage } from './protocol.js'
