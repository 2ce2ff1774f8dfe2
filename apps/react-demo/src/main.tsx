import '@onramp/demo-kit/demo.css';
import { startDemoMock } from '@onramp/demo-kit/app';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The MSW service worker, or the same mock through an in-page fetch where a worker cannot start.
const { baseUrl, fetch } = await startDemoMock(import.meta.env.BASE_URL);
createRoot(document.querySelector('#root')!).render(<App baseUrl={baseUrl} fetch={fetch} />);
