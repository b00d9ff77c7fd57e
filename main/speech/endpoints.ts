import type { AzureSpeechConfig, SpeechConfig } from '../config/speech';

/** Where the Azure Speech service is, for the token broker, `prerender-speech` and the page's CSP. */
export interface AzureEndpoints {
  region: string | null;
  /** Configured recognition origin (`wss://…`, `ws://host:5000`), or null when addressed by region. */
  recognitionHost: string | null;
  /** Configured synthesis origin (`https://…`, `http://host:5000`), or null when addressed by region. */
  synthesisHost: string | null;
  /** Where a subscription key buys a token, or null (a container without a region or tokenUrl). */
  tokenUrl: string | null;
  /** Where text-to-speech is POSTed. */
  synthesisUrl: string;
  /** Origins the page connects to for recognition and synthesis (its CSP's connect-src). */
  pageOrigins: string[];
}

/**
 * The DNS suffix of a region's cloud, as the Speech SDK reckons it
 * (ConnectionFactoryBase.getHostSuffix): Azure China's regions start with
 * "china", Azure Government's with "usgov"; Microsoft's "Speech service in
 * sovereign clouds" lists the same hosts.
 */
function cloudOf(region: string): { speech: string; api: string } {
  if (region.startsWith('china')) return { speech: 'azure.cn', api: 'azure.cn' };
  if (region.startsWith('usgov')) return { speech: 'azure.us', api: 'microsoft.us' };
  return { speech: 'microsoft.com', api: 'microsoft.com' };
}

/** The websocket twin of an http(s) origin, and back: the SDK synthesizes over a websocket on the same host. */
const twin = (origin: string) =>
  origin.replace(
    /^(https?|wss?):/,
    (_, scheme: string) => ({ https: 'wss:', http: 'ws:', wss: 'https:', ws: 'http:' })[scheme]!,
  );

/** The endpoints of an `azure` config (already checked: a region, or both hosts). */
export function azureEndpoints(azure: AzureSpeechConfig | undefined): AzureEndpoints {
  const region = azure?.region ?? null;
  const cloud = region === null ? null : cloudOf(region);
  const regionalTts = region && cloud ? `https://${region}.tts.speech.${cloud.speech}` : null;
  const regionalStt = region && cloud ? `wss://${region}.stt.speech.${cloud.speech}` : null;
  const recognition = azure?.recognitionHost ?? regionalStt;
  const synthesis = azure?.synthesisHost ?? regionalTts;
  const tokenUrl =
    azure?.tokenUrl ?? (region && cloud ? `https://${region}.api.cognitive.${cloud.api}/sts/v1.0/issueToken` : null);
  const pageOrigins = [recognition, synthesis]
    .filter((origin): origin is string => origin !== null)
    .flatMap((origin) => [origin, twin(origin)]);
  return {
    region,
    recognitionHost: azure?.recognitionHost ?? null,
    synthesisHost: azure?.synthesisHost ?? null,
    tokenUrl,
    synthesisUrl: `${synthesis ?? ''}/cognitiveservices/v1`,
    pageOrigins: [...new Set(pageOrigins)],
  };
}

/** The origins the kiosk page may connect to for speech: none unless the provider is `azure`. */
export function speechPageOrigins(speech: Pick<SpeechConfig, 'provider' | 'azure'>): string[] {
  return speech.provider === 'azure' ? azureEndpoints(speech.azure).pageOrigins : [];
}
