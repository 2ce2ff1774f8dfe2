import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { startMock } from './mock.js';

const baseUrl = new URL('v1', new URL(import.meta.env.BASE_URL, location.origin)).href;
const { fetch } = await startMock(baseUrl);
createRoot(document.querySelector('#root')!).render(<App baseUrl={baseUrl} fetch={fetch} />);
