import '@onramp/demo-kit/demo.css';
import { startDemoMock } from '@onramp/demo-kit/app';
import { createApp } from 'vue';
import App from './App.vue';

// The MSW service worker, or the same mock through an in-page fetch where a worker cannot start.
const { baseUrl, fetch } = await startDemoMock(import.meta.env.BASE_URL);
createApp(App, { baseUrl, fetch }).mount('#app');
