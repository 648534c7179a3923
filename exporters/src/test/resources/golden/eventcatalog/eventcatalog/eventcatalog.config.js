/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */
export default {
  cId: '3b4ebdb2-5314-35fa-93f1-33f78dc9a065',
  title: 'Order Fulfillment',
  tagline: 'Event Storming: Order Fulfillment',
  organizationName: 'Order Fulfillment',
  output: 'static',
  trailingSlash: false,
  base: '/',
};
