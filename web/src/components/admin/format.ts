import dayjs from 'dayjs';

/** A timestamp as Chinese staff read it: 2026-03-01 14:05. */
export const formatDateTime = (value: string | Date | null | undefined, withSeconds = false) =>
  value ? dayjs(value).format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : '';
