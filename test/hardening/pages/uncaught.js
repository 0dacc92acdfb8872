// Records uncaught errors on the page, for the test to read.
window.uncaught = [];
addEventListener('error', (e) => window.uncaught.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.uncaught.push(String(e.reason)));
