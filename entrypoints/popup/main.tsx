import '@/assets/disclosure.css';
import '@/assets/context.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { t, uiLocale } from '../shared/browser-i18n';
import { App } from './PopupApp';

document.title = t('extName');
document.documentElement.lang = uiLocale() ?? 'en';
render(<App />, document.getElementById('app')!);
