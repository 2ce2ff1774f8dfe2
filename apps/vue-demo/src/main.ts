import { createApp } from 'vue';
import App from './App.vue';

const baseUrl = new URL('v1', new URL(import.meta.env.BASE_URL, location.origin)).href;
// The MSW service worker, or the same mock through an in-page fetch where a worker cannot start.
const { startMockInPage } = await import('@onramp/mock-server/browser');
const { fetch } = await startMockInPage({
  baseUrl,
  workerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
});
createApp(App, { baseUrl, fetch }).mount('#app');
