import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import { createApi } from '../../shared/api-client';
import { ApiProvider } from './api-context';
import { App } from './App';
import { parseRoute } from './lib/route';
import { PresentScreen } from './screens/PresentScreen';
import { chooseTransport } from './transport/choose';
import './styles.css';
import './fonts.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// /present?meeting=ID is the projector window: the same bundle, a different root and no session screens.
const route = parseRoute(window.location);

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={createApi(chooseTransport())}>
      {route.kind === 'present' ? <PresentScreen meetingId={route.meetingId} /> : <App />}
    </ApiProvider>
  </StrictMode>,
);
