import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import '../../components/panel.css';
import '../../components/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
