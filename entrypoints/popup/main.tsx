import { createRoot } from 'react-dom/client';
import '../content/style.css';
import '../../components/card.css';
import '../../components/pages.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
