// Loaded first by csp-page.html (a same-origin classic script, as the policy
// allows): records every CSP violation and every page error for the test.
window.__violations = [];
window.__errors = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber }),
  true,
);
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason && e.reason.stack || e.reason)));
