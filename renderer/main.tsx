import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './api/ApiProvider';
import { connectApi } from './api/transport';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const connection = connectApi();
root.render(
  <StrictMode>
    {connection.ok ? (
      <ApiProvider api={connection.api}>
        <App />
      </ApiProvider>
    ) : (
      <p className="fatal">{connection.message}</p>
    )}
  </StrictMode>,
);
