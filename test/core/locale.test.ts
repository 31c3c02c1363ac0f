import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formattingLocale, normalizeLocale, resolveLang } from '../../src/core/locale.js';

describe('normalizeLocale', () => {
  it('canonicalises valid tags', () => {
    expect(normalizeLocale('nb-no')).to.equal('nb-NO');
    expect(normalizeLocale('EN-us')).to.equal('en-US');
    expect(normalizeLocale('sv-SE')).to.equal('sv-SE');
    expect(normalizeLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    expect(normalizeLocale('no')).to.equal('no');
  });

  it('reads the POSIX underscore as a hyphen and trims spaces', () => {
    expect(normalizeLocale('nb_NO')).to.equal('nb-NO');
    expect(normalizeLocale('  da-DK ')).to.equal('da-DK');
  });

  it("returns 'en' for a malformed, empty or missing tag", () => {
    expect(normalizeLocale('xx-!!')).to.equal('en');
    expect(normalizeLocale('<script>')).to.equal('en');
    expect(normalizeLocale('')).to.equal('en');
    expect(normalizeLocale('   ')).to.equal('en');
    expect(normalizeLocale(undefined)).to.equal('en');
    expect(normalizeLocale(null)).to.equal('en');
  });

  it('always returns a tag Intl accepts', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const normalized = normalizeLocale(tag);
        return Intl.getCanonicalLocales(normalized)[0] === normalized;
      }),
    );
  });
});

describe('resolveLang', () => {
  it('maps every Norwegian tag to nb', () => {
    for (const tag of ['nb-NO', 'nb', 'nn-NO', 'nn', 'no', 'no-NO', 'NB_no']) {
      expect(resolveLang(tag), tag).to.equal('nb');
    }
  });

  it('maps the other shipped languages by their primary subtag', () => {
    expect(resolveLang('sv-SE')).to.equal('sv');
    expect(resolveLang('sv-FI')).to.equal('sv');
    expect(resolveLang('da')).to.equal('da');
    expect(resolveLang('da-DK')).to.equal('da');
    expect(resolveLang('nl-BE')).to.equal('nl');
    expect(resolveLang('nl-NL')).to.equal('nl');
    expect(resolveLang('en-GB')).to.equal('en');
  });

  it('falls back to en for languages the kit does not ship and for bad input', () => {
    expect(resolveLang('de-DE')).to.equal('en');
    expect(resolveLang('fr')).to.equal('en');
    expect(resolveLang('xx-!!')).to.equal('en');
    expect(resolveLang('')).to.equal('en');
    expect(resolveLang(undefined)).to.equal('en');
  });

  it('never throws and always returns a shipped language', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => ['en', 'nb', 'sv', 'da', 'nl'].includes(resolveLang(tag))),
    );
  });
});

describe('formattingLocale', () => {
  it('keeps a tag the runtime can format', () => {
    expect(formattingLocale('nb-NO')).to.equal('nb-NO');
    expect(formattingLocale('en-GB')).to.equal('en-GB');
    expect(formattingLocale('de-DE')).to.equal('de-DE');
  });

  it('falls back to the kit language when the runtime has no data (Chromium has none for nn)', () => {
    expect(formattingLocale('nn-NO')).to.equal('nb');
  });

  it("falls back to 'en' instead of the browser's own default", () => {
    expect(formattingLocale('xx')).to.equal('en');
    expect(formattingLocale('xx-!!')).to.equal('en');
    expect(formattingLocale(undefined)).to.equal('en');
  });
});
