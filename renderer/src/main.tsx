import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../../shared/api-client';
import { ApiProvider } from './api-context';
import { App } from './App';
import { chooseTransport } from './transport/choose';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={createApi(chooseTransport())}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
