// Types for kiosk-env.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export function kioskEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
