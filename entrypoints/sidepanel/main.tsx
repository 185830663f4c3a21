import { mountPage } from '@/components/app/app-shell';
import { SidePanelApp } from '@/components/app/side-panel-app';

mountPage('root', <SidePanelApp />);
