import { createRoot } from 'react-dom/client';
import '../card-layer/style.css';
import '../../components/card.css';
import '../../components/pages.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
