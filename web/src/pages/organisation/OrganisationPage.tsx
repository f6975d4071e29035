import { Typography } from 'antd';

// Being written: this page is registered in the router so that pages can be built side by side.
export default function OrganisationPage() {
  return <Typography.Title level={4}>…</Typography.Title>;
}
