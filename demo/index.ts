// The landing page shows a few live widgets; the kit registers them.
import '../src/index.js';
