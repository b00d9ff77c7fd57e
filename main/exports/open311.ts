import type { Submission } from '../../app/domain/submission';

/**
 * One Open311 GeoReport v2 "POST Service Request" payload
 * (https://wiki.open311.org/GeoReport_v2/#post-service-request), as JSON.
 * Linli's own particulars go in `attribute[...]`, the spec's place for them;
 * `ref` is kept at the top level too so a receiving system can quote it back.
 */
export type Open311Request = Record<string, string>;

export function toOpen311Request(s: Submission): Open311Request {
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
  return request;
}

export function toOpen311(submissions: readonly Submission[]): string {
  return `${JSON.stringify(submissions.map(toOpen311Request), null, 2)}\n`;
}
