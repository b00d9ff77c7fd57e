import { createStaffDirectory } from '../../../../main/staff/staffDirectory';
import type { Store } from '../../../../main/store/store';

/** The staff of a test's store; the shared PIN stands for "管理员", the config's default. */
export const directoryOf = (store: Store) =>
  createStaffDirectory({
    accounts: store.staffAccounts,
    settings: store.settings,
    audit: store.audit,
    adminName: '管理员',
  });
