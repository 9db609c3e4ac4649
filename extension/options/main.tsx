// Options page.
import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Telltale options</h1>
      <p>Telltale reads LinkedIn profiles in your browser and keeps what it sees in this browser only.</p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
