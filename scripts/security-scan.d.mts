// Types for security-scan.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export interface Finding {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN';
  file: string;
  line: number;
  description: string;
  sample?: string;
}
export interface ScanResult {
  errors: string[];
  findings: Finding[];
}
export const EXCLUDED_CHECKS: Record<string, string>;
export const SEVERITIES: readonly string[];
export function scan(input: string, electronVersion: string): Promise<ScanResult>;
export function scanBuiltApp(): Promise<ScanResult & { electronVersion: string }>;
export function aboveLow(findings: Finding[]): Finding[];
