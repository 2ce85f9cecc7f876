import './styles/tokens.css';
import './styles/app.css';
import { boot } from './app/boot.ts';

const root = document.getElementById('root');
if (root !== null) void boot(root);
