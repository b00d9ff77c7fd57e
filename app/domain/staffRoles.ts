/** What a member of staff may do: `staff` work cases; `admin` also manage retention, forwarding and accounts. */
export const STAFF_ROLES = ['staff', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
