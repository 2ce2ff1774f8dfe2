import { createApp } from 'vue';
import App from './App.vue';
import { startMock } from './mock.js';

const baseUrl = new URL('v1', new URL(import.meta.env.BASE_URL, location.origin)).href;
const { fetch } = await startMock(baseUrl);
createApp(App, { baseUrl, fetch }).mount('#app');
