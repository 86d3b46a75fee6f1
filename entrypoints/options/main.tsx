import '@/assets/disclosure.css';
import '@/assets/popup.css';
import '@/assets/options.css';
import { render } from 'preact';
import { t, uiLocale } from '../shared/browser-i18n';
import { App } from './OptionsApp';

document.title = t('optionsTitle');
document.documentElement.lang = uiLocale() ?? 'en';
render(<App />, document.getElementById('app')!);
