import { render } from 'preact';

render(<main>Caveat</main>, document.getElementById('app')!);
