import type { Submission } from '../../app/domain/submission';
import { type CaseExportFields, latestOf } from './caseFields';

/**
 * One Open311 GeoReport v2 "POST Service Request" payload
 * (https://wiki.open311.org/GeoReport_v2/#post-service-request), as JSON.
 * Linli's own particulars go in `attribute[...]`, the spec's place for them;
 * `ref` is kept at the top level too so a receiving system can quote it back.
 */
export type Open311Request = Record<string, string>;

export function toOpen311Request(s: Submission & Partial<CaseExportFields>): Open311Request {
  const request: Open311Request = {
    service_code: s.category,
    description: s.description,
  };
  if (s.location !== null) request.address_string = s.location;
  if (s.name !== null) request.first_name = s.name;
  if (s.phone !== null) request.phone = s.phone;
  request.device_id = s.kioskId;
  request.ref = s.ref;
  request['attribute[ref]'] = s.ref;
  request['attribute[kind]'] = s.kind;
  request['attribute[language]'] = s.language;
  request['attribute[anonymous]'] = String(s.anonymous);
  request['attribute[input_modes]'] = s.inputModes.join(';');
  request['attribute[created_at]'] = s.createdAt;
  if (s.respondBy !== undefined) Object.assign(request, caseAttributes(s as Submission & CaseExportFields));
  return request;
}

/**
 * Case handling's fields, as attributes like Linli's other particulars (the forwarder sends a new
 * submission without them). Only those with a value: a receiving system reads absent as not yet.
 */
function caseAttributes(s: Submission & CaseExportFields): Open311Request {
  const latest = latestOf(s);
  const attributes: Record<string, string | null | undefined> = {
    assignee: s.assignee?.name,
    respond_by: s.respondBy,
    resolve_by: s.resolveBy,
    overdue: String(s.overdue),
    entered_by: s.enteredBy,
    responded_at: s.respondedAt,
    resolved_at: s.resolvedAt,
    closed_at: s.closedAt,
    reopened_at: s.reopenedAt,
    rating: latest.rating,
    rating_reason: latest.ratingReason,
    follow_up: latest.followUp,
    follow_up_at: latest.followUpAt,
    residents: s.residents === undefined ? undefined : String(s.residents),
    merged_into: s.mergedInto,
  };
  const request: Open311Request = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== '') request[`attribute[${name}]`] = value;
  }
  return request;
}

export function toOpen311(submissions: readonly (Submission & Partial<CaseExportFields>)[]): string {
  return `${JSON.stringify(submissions.map(toOpen311Request), null, 2)}\n`;
}
