import { mountPage } from '@/components/app/app-shell';
import { OptionsApp } from '@/components/app/options-app';

mountPage('root', <OptionsApp />);
