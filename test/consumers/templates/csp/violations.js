// Records every CSP violation on the page, for the test to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
