import { expect } from '@open-wc/testing';
import { safeHref } from '../../src/core/safe-url.js';

describe('safeHref', () => {
  it('keeps http and https addresses, any case', () => {
    expect(safeHref('https://crm.example.com/deals?id=42')).to.equal('https://crm.example.com/deals?id=42');
    expect(safeHref('http://crm.local/x')).to.equal('http://crm.local/x');
    expect(safeHref('HTTPS://CRM.example.com')).to.equal('HTTPS://CRM.example.com');
  });

  it('keeps relative addresses', () => {
    for (const href of ['/crm/deals/42', 'deals?id=1', './a:b', '../up', '#top', '?q=1', '//crm.example.com/x']) {
      expect(safeHref(href), href).to.equal(href);
    }
  });

  it('refuses script, data and other schemes', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'crm-app:open/42',
    ]) {
      expect(safeHref(href), href).to.equal(null);
    }
  });

  it('sees the address as the browser does: tabs, newlines and leading controls do not hide a scheme', () => {
    expect(safeHref('java\tscript:alert(1)')).to.equal(null);
    expect(safeHref('java\nscript:alert(1)')).to.equal(null);
    expect(safeHref('  javascript:alert(1)')).to.equal(null);
    expect(safeHref('\u0001javascript:alert(1)')).to.equal(null);
    expect(safeHref('  /crm/deals  ')).to.equal('/crm/deals');
  });

  it('refuses a colon before the path that a regex would miss, and backslash starts', () => {
    expect(safeHref('java script:alert(1)')).to.equal(null);
    expect(safeHref('\\\\evil.example/x')).to.equal(null);
    expect(safeHref('/\\evil.example/x')).to.equal(null);
  });

  it('refuses empty and non-string input', () => {
    expect(safeHref('')).to.equal(null);
    expect(safeHref('   ')).to.equal(null);
    expect(safeHref(undefined)).to.equal(null);
    expect(safeHref(42)).to.equal(null);
  });
});
