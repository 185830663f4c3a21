import { mountPage } from '@/components/app/app-shell';
import { PopupApp } from '@/components/popup/popup-app';

mountPage('root', <PopupApp />);
